extension Gazetteer {
    /// One organisation per line, by its usual name.
    static let organisationList = """
        un
        u.n.
        united nations
        nato
        eu
        e.u.
        european union
        european commission
        european parliament
        unesco
        unicef
        unhcr
        imf
        world bank
        wto
        opec
        oecd
        asean
        african union
        arab league
        interpol
        fifa
        uefa
        ioc
        red cross
        red crescent
        amnesty international
        human rights watch
        greenpeace
        oxfam
        fbi
        cia
        nsa
        dhs
        fema
        irs
        epa
        fda
        cdc
        nih
        nasa
        pentagon
        congress
        senate
        parliament
        kremlin
        knesset
        bundestag
        duma
        supreme court
        federal reserve
        scotland yard
        mi5
        mi6
        bbc
        cnn
        nbc
        cbs
        msnbc
        fox news
        pbs
        npr
        reuters
        bloomberg
        associated press
        al jazeera
        new york times
        washington post
        wall street journal
        financial times
        economist
        guardian
        usa today
        los angeles times
        time magazine
        newsweek
        google
        alphabet
        microsoft
        apple
        amazon
        facebook
        meta
        twitter
        instagram
        youtube
        whatsapp
        netflix
        tesla
        spacex
        ibm
        intel
        amd
        nvidia
        oracle
        cisco
        dell
        hp
        hewlett-packard
        samsung
        sony
        panasonic
        toshiba
        lg
        toyota
        honda
        nissan
        hyundai
        kia
        ford
        general motors
        chrysler
        volkswagen
        bmw
        mercedes-benz
        daimler
        audi
        porsche
        ferrari
        fiat
        renault
        peugeot
        volvo
        boeing
        airbus
        lockheed martin
        exxon
        exxonmobil
        chevron
        shell
        bp
        total
        gazprom
        walmart
        costco
        ikea
        coca-cola
        pepsi
        pepsico
        mcdonald's
        starbucks
        burger king
        kfc
        subway
        nike
        adidas
        disney
        warner bros
        paramount
        universal
        ebay
        paypal
        yahoo
        linkedin
        uber
        lyft
        airbnb
        spotify
        huawei
        alibaba
        tencent
        baidu
        xiaomi
        siemens
        bosch
        nokia
        ericsson
        philips
        unilever
        nestle
        nestlé
        procter & gamble
        johnson & johnson
        pfizer
        moderna
        astrazeneca
        novartis
        roche
        bayer
        goldman sachs
        jpmorgan
        jp morgan
        morgan stanley
        citigroup
        citibank
        wells fargo
        bank of america
        hsbc
        barclays
        lloyds
        deutsche bank
        ubs
        credit suisse
        visa
        mastercard
        american express
        berkshire hathaway
        fedex
        ups
        dhl
        at&t
        verizon
        t-mobile
        vodafone
        comcast
        hamas
        hezbollah
        taliban
        al-qaeda
        al qaeda
        isis
        isil
        labour
        tories
        harvard
        yale
        stanford
        princeton
        mit
        caltech
        nhs
        nfl
        nba
        mlb
        nhl
        nascar
        real madrid
        barcelona fc
        chelsea
        arsenal
        liverpool fc
        juventus
        bayern munich
        microsoft corporation
        wikipedia
        mozilla
        adobe
        salesforce
        sap
        vmware
        dropbox
        skype
        zoom
        """

    /// Words that end (or head, before "of") the names of organisations.
    static let organisationWordList = """
        inc inc. incorporated corp corp. corporation co. ltd ltd. limited llc llp plc gmbh ag group holdings holding
        bank bancorp university college school academy institute institution foundation fund trust association
        society federation union league council committee commission authority agency bureau board department
        ministry party company companies industries enterprises systems technologies technology solutions services
        partners labs laboratories studios records pictures entertainment media news network broadcasting press
        times post herald tribune journal gazette telegraph chronicle airlines airways motors automotive
        pharmaceuticals pharma energy petroleum electric capital investments securities insurance financial
        communications telecom telecommunications church court police army navy force corps guard club fc afc united
        rovers wanderers coalition alliance movement organization organisation brigade dental dentistry magazine
        radio tv television channel airline railway railways cooperative co-op assembly parliament senate
        administration orchestra symphony philharmonic band choir books publishing publishers forces marines
        """
}
