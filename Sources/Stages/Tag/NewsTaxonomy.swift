/// The built-in taxonomy of news topics: each topic with cue words and
/// phrases that are common in articles about it and rare elsewhere. Cues are
/// compared by stem, so one form of a word covers its plural and inflections.
enum NewsTaxonomy {
    static let yaml = """
        politics: [
          politics, political, politician, government, parliament, parliamentary, minister, prime minister,
          president, presidential, election, vote, voter, ballot, referendum, campaign, party, opposition,
          cabinet, chancellor, senate, senator, congress, congressman, legislation, legislature, bill, law,
          policy, manifesto, constituency, coalition, democrat, republican, labour, conservative, tory,
          liberal democrat, lib dem, mp, peer, lords, commons, house of commons, house of lords, downing street,
          white house, westminster, whitehall, home secretary, foreign secretary, shadow, backbencher, mayor,
          governor, lawmaker, leadership, democracy, poll, candidate, reform, spokesman, civil servant,
          devolution, assembly, constitution, immigration, asylum
        ]
        business: [
          business, company, firm, corporation, corporate, share, shareholder, stake, profit, loss, revenue,
          turnover, sales, earnings, dividend, investor, investment, chief executive, boss, chairman, board,
          merger, acquisition, takeover, bid, deal, stock, stock market, stock exchange, nasdaq, dow jones,
          ftse, analyst, retailer, retail, store, brand, customer, consumer, supplier, manufacturer, factory,
          industry, airline, carmaker, bank, lender, insurer, bankruptcy, creditor, subsidiary, startup,
          venture capital, market share, quarterly, annual results, shares rose, shares fell, price, pricing,
          contract, job cuts, layoff, restructuring, regulator, competition, monopoly, oil company
        ]
        economy: [
          economy, economic, economist, growth, recession, slowdown, downturn, recovery, inflation, deflation,
          interest rate, central bank, federal reserve, bank of england, gdp, gross domestic product, deficit,
          surplus, budget, tax, taxation, spending, borrowing, debt, export, import, trade, tariff, currency,
          dollar, euro, yen, sterling, exchange rate, unemployment, jobless, employment, labour market, wage,
          pension, productivity, fiscal, monetary, imf, world bank, forecast, consumer spending, house price,
          housing market, mortgage, oil price, manufacturing, output, demand, stimulus, austerity, treasury,
          trade deficit, current account, bond, yield, commodity
        ]
        sport: [
          sport, sporting, match, game, team, player, coach, manager, season, league, cup, championship,
          champion, tournament, final, semi-final, quarter-final, goal, score, victory, defeat, win, draw,
          football, soccer, rugby, cricket, tennis, golf, athletics, olympic, olympics, marathon, boxing,
          cycling, formula one, grand prix, racing, striker, midfielder, defender, goalkeeper, referee,
          stadium, fan, squad, captain, injury, medal, sprint, premiership, premier league, world cup,
          test match, innings, wicket, fixture, seed, knockout, penalty, club, transfer, athlete, coach,
          kick, try, half-time, unbeaten, title race, six nations, grand slam, wimbledon, record
        ]
        technology: [
          technology, technological, tech, computer, computing, software, hardware, internet, online, website,
          web, broadband, mobile phone, mobile, smartphone, phone, app, digital, network, data, user, device,
          gadget, chip, processor, microsoft, google, apple, intel, ibm, windows, linux, virus, hacker, hacking,
          spam, email, e-mail, search engine, download, file-sharing, pc, laptop, console, video game, gamer,
          games console, robot, artificial intelligence, wireless, wi-fi, bluetooth, screen, camera, blog,
          blogger, security, encryption, programmer, code, server, cyber, web site, net, handset, operating
          system, browser, ipod, music player, high-definition, dvd, format, users, firewall
        ]
        science: [
          science, scientific, scientist, research, researcher, study, experiment, laboratory, lab, physics,
          physicist, chemistry, chemist, biology, biologist, astronomy, astronomer, space, nasa, planet, mars,
          moon, telescope, galaxy, universe, orbit, spacecraft, probe, astronaut, rocket, gene, genetic, dna,
          genome, evolution, species, fossil, dinosaur, particle, quantum, molecule, atom, cell, theory,
          discovery, journal, professor, neuroscience, brain, microscope, laser, specimen, hypothesis,
          observation, satellite, comet, asteroid, solar system, stem cell, cloning, mathematics
        ]
        health: [
          health, healthcare, hospital, doctor, nurse, patient, disease, illness, cancer, heart disease,
          diabetes, obesity, vaccine, vaccination, drug, medicine, medical, treatment, surgery, surgeon, nhs,
          clinic, symptom, infection, epidemic, pandemic, outbreak, flu, influenza, bird flu, aids, hiv,
          mental health, depression, diet, smoking, alcohol, pharmaceutical, therapy, pregnancy, pregnant,
          ambulance, transplant, dementia, blood, antibiotic, gp, care home, waiting list, ward, virus,
          condition, chronic, disorder, screening, dose, prescription, birth, mortality, life expectancy
        ]
        entertainment: [
          entertainment, film, movie, actor, actress, director, oscar, academy award, award, nomination,
          nominate, box office, cinema, hollywood, celebrity, star, music, band, singer, song, album, chart,
          single, concert, tour, festival, theatre, comedy, comedian, drama, television, tv, show, series,
          episode, soap, sitcom, broadcaster, channel, audience, premiere, musical, grammy, bafta, golden globe,
          rock, pop, rapper, hip-hop, novel, author, book, screenplay, studio, documentary, radio, dj, opera,
          orchestra, fame, starring, sequel, blockbuster, script, record label, reality tv, viewer
        ]
        world: [
          world, international, foreign, war, troops, military, army, soldier, conflict, united nations, un,
          nato, embassy, ambassador, diplomat, diplomatic, diplomacy, refugee, border, ceasefire, peace,
          peace talks, treaty, sanctions, humanitarian, aid, rebel, insurgent, militant, attack, bombing,
          terror, terrorism, terrorist, iraq, iran, afghanistan, israel, palestinian, syria, china, russia,
          india, pakistan, africa, european union, eu, middle east, asia, civilian, invasion, occupation,
          summit, crisis, regime, dictator, genocide, protest, protester, nuclear weapons, missile, hostage,
          uprising, coup, independence
        ]
        crime: [
          crime, criminal, police, officer, murder, killing, arrest, charge, court, trial, judge, jury,
          prosecutor, prosecution, lawyer, solicitor, barrister, sentence, prison, jail, prisoner, convict,
          guilty, innocent, theft, robbery, fraud, burglary, assault, suspect, investigation, detective,
          victim, gang, smuggling, trafficking, shooting, stabbing, kidnapping, offence, offender, bail,
          appeal, verdict, crown court, high court, supreme court, lawsuit, sue, forensic, cctv, custody,
          witness, evidence, acquitted, manslaughter, inquest, scotland yard, fbi
        ]
        environment: [
          environment, environmental, climate, climate change, global warming, emission, carbon, carbon dioxide,
          greenhouse gas, pollution, renewable, solar power, wind power, wind farm, energy, fossil fuel, coal,
          recycling, waste, plastic, wildlife, conservation, habitat, forest, deforestation, rainforest, ocean,
          sea level, flood, flooding, drought, weather, storm, hurricane, temperature, glacier, arctic, green,
          greenpeace, kyoto, biodiversity, endangered, extinction, sustainable, ecosystem, farming,
          agriculture, river, environmentalist, nuclear power, tsunami, earthquake
        ]
        education: [
          education, educational, school, pupil, student, teacher, teaching, university, college, exam,
          examination, gcse, a-level, degree, graduate, tuition, tuition fee, curriculum, classroom, lesson,
          headteacher, head teacher, academic, academy, nursery, literacy, numeracy, ofsted, learning, campus,
          scholarship, lecturer, primary school, secondary school, truancy, grade, qualification,
          apprenticeship, higher education, adult education, term, homework, school meal, teaching union
        ]
        """
}
