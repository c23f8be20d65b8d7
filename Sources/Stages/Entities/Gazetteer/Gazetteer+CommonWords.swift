import TextPipeCore

extension Gazetteer {
    /// Nationalities, religions and political groups, singular and plural.
    static let demonymList = """
        american americans british briton britons english french german germans chinese japanese korean koreans
        indian indians pakistani pakistanis russian russians italian italians spanish spaniard spaniards mexican
        mexicans canadian canadians australian australians brazilian brazilians irish scottish scots welsh dutch
        belgian swiss austrian swedish swede swedes norwegian norwegians danish dane danes finnish finn polish czech
        greek greeks turkish turk turks iranian iranians iraqi iraqis syrian syrians israeli israelis palestinian
        palestinians egyptian egyptians saudi saudis afghan afghans african africans european europeans asian asians
        arab arabs arabic latino latinos latina hispanic hispanics nigerian nigerians kenyan kenyans ethiopian
        ukrainian ukrainians belarusian georgian armenian armenians vietnamese thai filipino filipinos indonesian
        malaysian singaporean taiwanese tibetan mongolian cuban cubans venezuelan colombian argentine argentinian
        chilean peruvian bolivian jamaican haitian portuguese hungarian romanian bulgarian serbian serbs croatian
        croats bosnian albanian kurdish kurd kurds lebanese jordanian yemeni libyan moroccan algerian tunisian
        sudanese somali somalis ghanaian zimbabwean congolese rwandan ugandan tanzanian north-korean south-korean
        new-zealander kiwi aussie yankee muslim muslims christian christians jewish jew jews catholic catholics
        protestant protestants hindu hindus buddhist buddhists sikh sikhs islamic islamist islamists shia sunni
        shiite shiites sunnis mormon mormons evangelical orthodox democrat democrats republican republicans
        communist communists socialist socialists conservative conservatives liberal liberals western westerners
        latin nordic scandinavian slavic celtic anglo persian aboriginal
        tajik tajiks kazakh kazakhs kazakhstani uzbek uzbeks kyrgyz turkmen azerbaijani azeri azeris chechen chechens
        uyghur uyghurs uighur uighurs pashtun pashtuns baloch punjabi bengali bangladeshi nepali nepalese bhutanese
        burmese cambodian cambodians khmer laotian maldivian sri-lankan tamil tamils sinhalese kashmiri kashmiris
        maltese cypriot cypriots icelandic estonian latvian lithuanian slovak slovakian slovenian macedonian
        montenegrin moldovan qatari emirati kuwaiti bahraini omani senegalese malian chadian cameroonian ivorian
        angolan mozambican zambian malawian namibian eritrean liberian guinean ecuadorian uruguayan paraguayan
        guatemalan honduran salvadoran nicaraguan panamanian dominican trinidadian fijian samoan tongan maori
        bavarian catalan basque corsican sicilian flemish kurdish yazidi druze alawite coptic zulu yoruba igbo hausa
        berber bedouin pakistani-born asian-american african-american
        """

    /// Demonyms of parties and political camps: as a name alone they often
    /// stand for the party itself, so they keep the label the model gives.
    static let politicalDemonyms = WordSet(
        "democrat democrats republican republicans conservative conservatives liberal liberals communist communists socialist socialists"
            .split(separator: " ").map(String.init))

    /// Words that turn a demonym into a regional adjective ("Central Asian", "Sub-Saharan African").
    static let regionModifiers = WordSet(
        "central north northern south southern east eastern west western middle sub-saharan northeast northwest southeast southwest"
            .split(separator: " ").map(String.init))

    /// Capitalised words that are not names or parts of one.
    static let nonEntityList = """
        the a an this that these those i me my mine we us our ours you your yours he him his she her hers it its
        they them their theirs myself yourself himself herself itself ourselves themselves one someone something
        anyone anything everyone everything nobody nothing and but or nor so yet for because although though while
        if when where whenever wherever whether unless since after before once until as than then also however
        therefore moreover furthermore meanwhile additionally instead otherwise nevertheless nonetheless finally
        firstly secondly thirdly lastly overall indeed perhaps maybe actually basically obviously apparently clearly
        certainly unfortunately fortunately hopefully luckily sadly surprisingly interestingly honestly seriously
        personally generally usually normally typically recently currently previously eventually initially
        ultimately still now today tonight yesterday tomorrow here there anyway besides thus hence again already
        always never sometimes often just only even especially really very too quite rather almost yes no yeah yep
        nope ok okay oh ah aw wow hey hi hello dear thanks thank please sorry lol omg haha hmm um well
        congratulations cheers bye goodbye welcome good nice cool awesome what who whom whose which why how is are
        was were be been being am do does did done have has had having can could will would shall should may might
        must need let not don't doesn't didn't can't cannot won't wouldn't isn't aren't wasn't weren't haven't
        hasn't i'm i've i'll i'd you're we're they're it's that's there's here's what's let's january february march
        april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
        monday tuesday wednesday thursday friday saturday sunday mom mum dad mommy daddy all any each every some
        many much more most few several both either neither other another such none in on at to of from with without
        by about into onto over under up down out off through during within along across against among between
        around behind beside beyond near chapter section figure table note notes page step part item example
        question answer update edit posted reply subject re fwd fw cc bcc sent attachment click see read check call
        go get make take try use find look keep give tell ask buy visit contact last next email internet web online
        website
        """

    /// All-capital words that are not organisations.
    static let nonEntityAcronymList = """
        ok okay tv pc ceo cfo cto coo vp hr it id pdf html http https www url faq dvd cd usb gps atm suv dna hiv
        aids lol omg btw imo imho fyi asap diy tbd aka rsvp ps pm am gdp gnp vat mba phd md ba bsc msc ma ii iii iv
        vi vii viii ix xi xii ad bc bce ce vs etc tbh wtf smh rip irl mp3 mp4 jpg gif png sms mms pin sim cpu gpu
        ram rom os ios api sql xml css php js ai vr ar ui ux seo roi kpi ipo pr qa eta hq tba nb fw fwd cc bcc ext
        tel fax hd led lcd ac ev sat act gpa mph kph rpm bbq na usd eur gbp jpy aud cad chf rs gmt utc est edt pst
        pdt cst cdt bst cet ft lb lbs oz kg km cm mm min max no yes the and or for not but you all new i me my we he
        she they dui dwi rfp rfq sow nda llc lol rofl lmao lmfao ttyl brb afaik iirc ftw nsfw tldr dm pm ok dob ssn
        vhs dvr mri ct ekg er icu ent gp rn lpn emt cpr aed std sti uti ibs adhd ocd ptsd bmi hdl ldl ceo svp evp
        avp cpa cfa cpa esq jr sr md dds dvm rn mph ppm psi btu kwh mw gw hz khz mhz ghz mb gb tb kb irr npv ebitda
        eps roe yoy qoq ytd fy q1 q2 q3 q4 otc p&l b2b b2c crm erp saas iaas ppc cpc ctr kpi okr sla rfi po bol
        eta etd tbc tbd n/a aka diy faq fyi asap eod eow cob ooo wfh pto lan wan vpn dns ip tcp udp ssl tls ssh
        ftp smtp pop imap usb hdmi vga dvi lcd oled cd-rom rom bios ssd hdd nas raid gui cli ide sdk jdk jvm
        ajax json yaml csv tsv xls xlsx doc docx ppt pptx txt rtf zip rar exe dll iso mpeg avi mov wav aac
        flac bbq diy rsvp byob asap suv rv atv 4x4 awd fwd rwd abs mpg hp rpm psi vin
        """
}
