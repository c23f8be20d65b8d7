extension Gazetteer {
    /// One country (or territory) per line: named as a side in sports results, a country is a place.
    static let countryList = """
        afghanistan
        albania
        algeria
        andorra
        angola
        antigua
        argentina
        armenia
        australia
        austria
        azerbaijan
        bahamas
        bahrain
        bangladesh
        barbados
        belarus
        belgium
        belize
        benin
        bhutan
        bolivia
        bosnia
        botswana
        brazil
        brunei
        bulgaria
        burundi
        cambodia
        cameroon
        canada
        chad
        chile
        china
        colombia
        comoros
        congo
        croatia
        cuba
        cyprus
        czechia
        denmark
        djibouti
        dominica
        ecuador
        egypt
        eritrea
        estonia
        eswatini
        ethiopia
        fiji
        finland
        france
        gabon
        gambia
        georgia
        germany
        ghana
        greece
        grenada
        guatemala
        guinea
        guyana
        haiti
        honduras
        hungary
        iceland
        india
        indonesia
        iran
        iraq
        ireland
        israel
        italy
        jamaica
        japan
        jordan
        kazakhstan
        kenya
        kiribati
        kosovo
        kuwait
        kyrgyzstan
        laos
        latvia
        lebanon
        lesotho
        liberia
        libya
        liechtenstein
        lithuania
        luxembourg
        madagascar
        malawi
        malaysia
        maldives
        mali
        malta
        mauritania
        mauritius
        mexico
        moldova
        monaco
        mongolia
        montenegro
        morocco
        mozambique
        myanmar
        burma
        namibia
        nauru
        nepal
        netherlands
        holland
        nicaragua
        niger
        nigeria
        korea
        macedonia
        norway
        oman
        pakistan
        palau
        palestine
        panama
        paraguay
        peru
        philippines
        poland
        portugal
        qatar
        romania
        russia
        rwanda
        samoa
        senegal
        serbia
        seychelles
        singapore
        slovakia
        slovenia
        somalia
        spain
        sudan
        suriname
        sweden
        switzerland
        syria
        taiwan
        tajikistan
        tanzania
        thailand
        togo
        tonga
        trinidad
        tobago
        tunisia
        turkey
        turkmenistan
        tuvalu
        uganda
        ukraine
        uae
        uk
        u.k.
        britain
        england
        scotland
        wales
        usa
        u.s.
        u.s
        u.s.a.
        us
        america
        uruguay
        uzbekistan
        vanuatu
        vatican
        venezuela
        vietnam
        yemen
        zambia
        zimbabwe
        greenland
        macau
        tibet
        bosnia and herzegovina
        burkina faso
        cape verde
        costa rica
        czech republic
        dominican republic
        el salvador
        ivory coast
        new zealand
        north korea
        south korea
        north macedonia
        papua new guinea
        san marino
        saudi arabia
        sierra leone
        south africa
        south sudan
        sri lanka
        trinidad and tobago
        united arab emirates
        united kingdom
        great britain
        northern ireland
        united states
        united states of america
        puerto rico
        hong kong
        faroe islands
        """

    /// One place per line beyond the countries: states and provinces, major cities, regions, seas and rivers.
    static let placeList = """
        alabama
        alaska
        arizona
        arkansas
        california
        colorado
        connecticut
        delaware
        florida
        hawaii
        idaho
        illinois
        indiana
        iowa
        kansas
        kentucky
        louisiana
        maine
        maryland
        massachusetts
        michigan
        minnesota
        mississippi
        missouri
        montana
        nebraska
        nevada
        ohio
        oklahoma
        oregon
        pennsylvania
        tennessee
        texas
        utah
        vermont
        virginia
        washington
        wisconsin
        wyoming
        d.c.
        dc
        ontario
        quebec
        alberta
        manitoba
        saskatchewan
        newfoundland
        queensland
        tasmania
        victoria
        yorkshire
        lancashire
        kent
        essex
        surrey
        sussex
        cornwall
        devon
        somerset
        dorset
        norfolk
        suffolk
        cumbria
        bavaria
        catalonia
        andalusia
        tuscany
        sicily
        sardinia
        corsica
        normandy
        brittany
        provence
        flanders
        punjab
        bengal
        kerala
        gujarat
        rajasthan
        kashmir
        xinjiang
        guangdong
        sichuan
        hokkaido
        okinawa
        london
        paris
        berlin
        madrid
        rome
        moscow
        beijing
        shanghai
        tokyo
        osaka
        kyoto
        seoul
        delhi
        mumbai
        bombay
        kolkata
        calcutta
        chennai
        bangalore
        bengaluru
        hyderabad
        karachi
        lahore
        islamabad
        dhaka
        kabul
        tehran
        baghdad
        damascus
        beirut
        jerusalem
        amman
        riyadh
        jeddah
        mecca
        medina
        dubai
        doha
        cairo
        alexandria
        istanbul
        ankara
        athens
        lisbon
        barcelona
        valencia
        seville
        milan
        naples
        venice
        florence
        turin
        vienna
        prague
        budapest
        warsaw
        krakow
        bucharest
        sofia
        belgrade
        zagreb
        kiev
        kyiv
        minsk
        riga
        vilnius
        tallinn
        helsinki
        stockholm
        oslo
        copenhagen
        amsterdam
        rotterdam
        brussels
        antwerp
        geneva
        zurich
        zürich
        münchen
        köln
        montréal
        québec
        bern
        munich
        frankfurt
        hamburg
        cologne
        dublin
        belfast
        edinburgh
        glasgow
        cardiff
        manchester
        liverpool
        birmingham
        leeds
        sheffield
        bristol
        newcastle
        nottingham
        leicester
        oxford
        cambridge
        brighton
        nairobi
        lagos
        abuja
        accra
        johannesburg
        durban
        pretoria
        casablanca
        tunis
        algiers
        khartoum
        kampala
        kinshasa
        harare
        lusaka
        dakar
        mogadishu
        bangkok
        hanoi
        saigon
        jakarta
        manila
        taipei
        sydney
        melbourne
        brisbane
        perth
        adelaide
        canberra
        auckland
        wellington
        toronto
        montreal
        vancouver
        ottawa
        calgary
        edmonton
        winnipeg
        nyc
        chicago
        houston
        phoenix
        philadelphia
        dallas
        austin
        jacksonville
        columbus
        seattle
        denver
        boston
        detroit
        nashville
        memphis
        portland
        baltimore
        milwaukee
        atlanta
        miami
        orlando
        cleveland
        pittsburgh
        cincinnati
        minneapolis
        sacramento
        honolulu
        anchorage
        buffalo
        charlotte
        raleigh
        richmond
        albuquerque
        tucson
        omaha
        tulsa
        louisville
        indianapolis
        oakland
        berkeley
        pasadena
        hollywood
        manhattan
        brooklyn
        bronx
        harlem
        guadalajara
        monterrey
        havana
        bogota
        bogotá
        lima
        santiago
        brasilia
        caracas
        quito
        montevideo
        marseille
        lyon
        toulouse
        bordeaux
        strasbourg
        porto
        bologna
        stuttgart
        dusseldorf
        düsseldorf
        dresden
        leipzig
        salzburg
        gothenburg
        bergen
        reykjavik
        vladivostok
        novosibirsk
        shenzhen
        guangzhou
        hangzhou
        nanjing
        wuhan
        chengdu
        chongqing
        tianjin
        pyongyang
        busan
        yokohama
        kobe
        nagoya
        hiroshima
        nagasaki
        fukushima
        kathmandu
        colombo
        yangon
        rangoon
        vientiane
        ulaanbaatar
        tashkent
        almaty
        astana
        baku
        tbilisi
        yerevan
        africa
        asia
        europe
        antarctica
        oceania
        scandinavia
        balkans
        caribbean
        mediterranean
        pacific
        atlantic
        arctic
        sahara
        siberia
        himalayas
        alps
        andes
        rockies
        midwest
        gaza
        crimea
        darfur
        sinai
        kurdistan
        baltic
        baltics
        nile
        thames
        danube
        rhine
        ganges
        yangtze
        mekong
        euphrates
        tigris
        volga
        patagonia
        lapland
        anatolia
        mesopotamia
        arabia
        persia
        indochina
        transylvania
        bermuda
        polynesia
        micronesia
        borneo
        sumatra
        java
        bali
        luzon
        mindanao
        crete
        iberia
        yukon
        appalachia
        everest
        kilimanjaro
        new hampshire
        new jersey
        new mexico
        new york
        north carolina
        north dakota
        rhode island
        south carolina
        south dakota
        west virginia
        washington dc
        washington d.c.
        british columbia
        nova scotia
        new brunswick
        new south wales
        western australia
        south australia
        tamil nadu
        new delhi
        tel aviv
        abu dhabi
        kuwait city
        hague
        addis ababa
        cape town
        ho chi minh city
        kuala lumpur
        new york city
        los angeles
        san antonio
        san diego
        san jose
        san francisco
        las vegas
        new orleans
        st. louis
        st louis
        kansas city
        salt lake city
        fort worth
        el paso
        oklahoma city
        long beach
        santa monica
        mexico city
        buenos aires
        sao paulo
        são paulo
        rio de janeiro
        la paz
        saint petersburg
        st petersburg
        st. petersburg
        phnom penh
        north america
        south america
        latin america
        central america
        middle east
        far east
        east asia
        southeast asia
        south asia
        central asia
        western europe
        eastern europe
        new england
        west bank
        gaza strip
        persian gulf
        black sea
        red sea
        dead sea
        caspian sea
        north sea
        pacific ocean
        atlantic ocean
        indian ocean
        arctic ocean
        amazon river
        mississippi river
        great lakes
        silicon valley
        wall street
        hawaiian islands
        south pole
        north pole
        """

    /// Words inside place names: "… River", "… Street", "Lake …", "Mount …".
    static let placeWordList = """
        river rivers lake lakes mountain mountains mount hills hill heights valley valleys canyon falls bay beach
        coast island islands peninsula desert forest sea ocean gulf strait creek harbour harbor port street st. road
        rd avenue ave boulevard blvd lane drive square plaza bridge highway freeway county province district region
        territory state city town village borough parish park airport station hall center centre museum gallery
        library building tower mall cinema theatre theater stadium arena palace castle cathedral temple mosque
        synagogue auditorium hotel motel inn resort restaurant grill cafe café bakery pizzeria diner bistro tavern
        pub bar hospital clinic garage market lake mount mt cape fort port isle
        """
}
