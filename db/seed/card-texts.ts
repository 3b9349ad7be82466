// The visitor text of every seed service (`card_summary`): what the visitor card prints.
// Written for the visitor, not the volunteer: easy read (A2), "je"/"you", who they are and what
// they help with in one or two short sentences, from the facts already in directory-data.ts.
// Never a label ("beperking", "LVB", a diagnosis): the visitor may be the person reading it.
// Used by the seed (new databases) and by migration 0007 (databases seeded before it).

type Texts = [nl: string, en: string];

export const CARD_TEXTS: Record<string, Texts> = {
  "buurtteam-amsterdam": [
    "Het buurtteam helpt je gratis als je 18 jaar of ouder bent. Bijvoorbeeld met geld, wonen, werk, gezondheid of contact met anderen.",
    "The neighbourhood team helps you for free if you are 18 or older. For example with money, housing, work, health or meeting people.",
  ],
  "buurtteam-geld": [
    "Het buurtteam helpt je als je je zorgen maakt over geld. Ze kijken samen met jou naar je inkomen en de Stadspas.",
    "The neighbourhood team helps you when you worry about money. They look at your income and the Stadspas with you.",
  ],
  "buurtteam-zuidoost": [
    "Het buurtteam helpt je met geld, wonen, werk, gezondheid en contact. Je kunt gratis binnenlopen, zonder afspraak.",
    "The neighbourhood team helps you with money, housing, work, health and meeting people. You can walk in for free, without an appointment.",
  ],
  "buurtteam-oost": [
    "Het buurtteam in Oost helpt je als je 18 jaar of ouder bent. Je kunt op werkdagen binnenlopen of bellen.",
    "The neighbourhood team in Oost helps you if you are 18 or older. On working days you can walk in or phone.",
  ],
  "buurtteam-noord": [
    "Iemand van het buurtteam werkt in Huis van de Wijk De Meeuw. Je kunt daar komen met een brief of een rekening die je niet snapt.",
    "Someone from the neighbourhood team works at Huis van de Wijk De Meeuw. You can go there with a letter or a bill you do not understand.",
  ],
  "okt-amsterdam": [
    "Het Ouder- en Kindteam helpt ouders en jongeren. Je kunt vragen stellen over opgroeien, opvoeden en gezondheid.",
    "The parent and child team helps parents and young people. You can ask about growing up, parenting and health.",
  ],
  "amsterdam-14020": [
    "Met dit nummer bel je de gemeente Amsterdam. Je kunt daar je vragen aan de gemeente stellen.",
    "With this number you call the City of Amsterdam. You can ask the city your questions there.",
  ],
  "meldpunt-zorg-woonoverlast": [
    "Hier bel je als je je zorgen maakt om iemand. Je kunt dag en nacht bellen.",
    "Call here when you are worried about someone. You can call day and night.",
  ],
  "sociaal-raadslieden-west": [
    "Hier helpen ze je met brieven, toeslagen en geld. Je kunt één keer per week binnenlopen in De Tagerijn.",
    "They help you here with letters, allowances and money. You can walk in once a week at De Tagerijn.",
  ],
  "bijstandsbond-spreekuur": [
    "De Bijstandsbond helpt je als je weinig geld hebt. Je kunt vragen stellen over je uitkering en toeslagen, ook als je geen lid bent.",
    "The Bijstandsbond helps you when you have little money. You can ask about your benefits and allowances, also if you are not a member.",
  ],
  straatalliantie: [
    "Vind je een besluit niet goed? De Straatalliantie legt uit hoe je bezwaar maakt.",
    "Do you think a decision is wrong? The Straatalliantie tells you how to object.",
  ],
  "humanitas-thuisadministratie": [
    "Een vrijwilliger komt bij je thuis en helpt met de post en de papieren. Zo leer je het zelf te doen.",
    "A volunteer comes to your home and helps with post and papers. So you learn to do it yourself.",
  ],
  "humanitas-amstelland": [
    "Vrijwilligers van Humanitas helpen je met geld en papieren. Het is gratis en er is geen wachtlijst.",
    "Volunteers from Humanitas help you with money and papers. It is free and there is no waiting list.",
  ],
  "schuldhulpmaatje-zaanstad": [
    "Heb je schulden, of ben je bang voor schulden? Een vrijwilliger helpt je gratis.",
    "Do you have debts, or are you afraid of getting debts? A volunteer helps you for free.",
  ],
  "geldfit-hulplijn": [
    "Maak je je zorgen over geld? Je kunt gratis bellen en je hoeft je naam niet te zeggen.",
    "Are you worried about money? You can call for free and you do not have to give your name.",
  ],
  "juridisch-loket": [
    "Het Juridisch Loket geeft gratis advies over regels en recht. Bellen kost wel geld. Ze vragen eerst je naam en adres.",
    "The Juridisch Loket gives free advice about rules and the law. Calling does cost money. They first ask your name and address.",
  ],
  "mee-clientondersteuning": [
    "Iemand van MEE denkt gratis met je mee. Die persoon kan ook met je meegaan naar gesprekken.",
    "Someone from MEE thinks along with you for free. This person can also come with you to meetings.",
  ],
  "sociaal-wijkteam-zaanstad": [
    "Het wijkteam helpt je met zorg, werk, geld, wonen en je gezin. Je kunt ook komen als je je zorgen maakt om een buurman.",
    "The neighbourhood team helps you with care, work, money, housing and your family. You can also come when you worry about a neighbour.",
  ],
  "smd-team-buitengebieden": [
    "De SMD helpt je met regels, brieven en geld. Zorg je voor iemand? Dan kun je daar ook steun krijgen.",
    "The SMD helps you with rules, letters and money. Do you care for someone? Then you can get support there too.",
  ],
  "sociaal-team-oostzaan": [
    "Het Sociaal Team helpt je met vragen over hulp en zorg. Ook als een formulier te moeilijk is.",
    "The social team helps you with questions about help and care. Also when a form is too hard.",
  ],
  "centrum-jong-oostzaan": [
    "Hier kun je gratis vragen stellen over opvoeden en opgroeien. Voor ouders en voor jongeren tot 23 jaar.",
    "Here you can ask questions about parenting and growing up for free. For parents and for young people up to 23.",
  ],
  "wmo-loket-amstelveen": [
    "Hier vraag je hulp aan om thuis te kunnen blijven wonen. Bijvoorbeeld hulp in het huishouden.",
    "Here you ask for help so you can keep living at home. For example help with housework.",
  ],
  "participe-ouderenadvies": [
    "Ben je 65 jaar of ouder? Een adviseur denkt gratis met je mee over wonen, zorg en meedoen.",
    "Are you 65 or older? An adviser thinks along with you for free about housing, care and taking part.",
  ],
  "participe-inloop": [
    "Op drie plekken in Amstelveen kun je binnenlopen. Je ontmoet er andere mensen.",
    "You can drop in at three places in Amstelveen. You meet other people there.",
  ],
  "uithoorn-voor-elkaar": [
    "Hier kun je terecht met vragen over zorg, geld, gezondheid en opvoeden. Je kunt binnenlopen zonder afspraak.",
    "You can come here with questions about care, money, health and parenting. You can walk in without an appointment.",
  ],
  "uithoorn-zorg-veiligheid": [
    "Eén keer per maand zitten de gemeente en de politie in de bibliotheek. Je kunt daar vragen stellen, zonder afspraak.",
    "Once a month the city and the police are at the library. You can ask them questions there, without an appointment.",
  ],
  "gemeente-hoorn-zorg": [
    "De gemeente Hoorn helpt als je hulp nodig hebt om thuis te blijven wonen. De gemeente regelt ook hulp voor kinderen en jongeren.",
    "The municipality of Hoorn helps when you need support to keep living at home. The municipality also arranges help for children and young people.",
  ],
  "veilig-thuis": [
    "Voel je je niet veilig thuis, of maak je je zorgen om iemand? Je kunt gratis bellen, dag en nacht.",
    "Do you not feel safe at home, or are you worried about someone? You can call for free, day and night.",
  ],
  "113-zelfmoordpreventie": [
    "Denk je aan zelfmoord? Je kunt gratis praten met 113, dag en nacht. Je hoeft je naam niet te zeggen.",
    "Are you thinking about suicide? You can talk to 113 for free, day and night. You do not have to give your name.",
  ],
  "huisartsenpost-amstelland": [
    "Heb je dringend een dokter nodig en is je eigen huisarts dicht? Bel altijd eerst, ga er niet zomaar heen.",
    "Do you urgently need a doctor and is your own GP closed? Always phone first. Do not just go there.",
  ],
  "huisartsenpost-west-friesland": [
    "Heb je 's avonds, 's nachts of in het weekend dringend een dokter nodig? Bel dan eerst.",
    "Do you need a doctor fast in the evening, at night or at the weekend? Then phone first.",
  ],
  "politie-geen-spoed": [
    "Is het niet dringend? Dan bel je de politie op 0900-8844. Bij gevaar bel je 112.",
    "Is it not urgent? Then call the police on 0900-8844. In danger, call 112.",
  ],
  "ggd-zw-meldpunt": [
    "Maak je je zorgen om iemand die niet goed voor zichzelf zorgt? Je kunt de GGD bellen of mailen.",
    "Are you worried about someone who does not take care of themselves? You can call or email the GGD.",
  ],
  "ggd-hn-vangnet": [
    "Maak je je zorgen om iemand, maar is het geen spoed? Je kunt de GGD om advies vragen.",
    "Are you worried about someone, but it is not urgent? You can ask the GGD for advice.",
  ],
  "prisma-stamtafel": [
    "Bij de Stamtafel eet je samen met buren in een restaurant. Een coach en vrijwilligers zijn erbij.",
    "At the Stamtafel you eat together with neighbours in a restaurant. A coach and volunteers are there too.",
  ],
  lfb: [
    "De LFB is een club voor heel Nederland. Mensen vertellen er over hun eigen leven. Ze geven ook trainingen.",
    "The LFB is a national association. Its people talk about their own lives and give training.",
  ],
  "kenniscentrum-lvb": [
    "Dit kenniscentrum werkt voor hulpverleners en organisaties. Het deelt kennis en onderzoek met hen.",
    "This knowledge centre works for care workers and organisations. It shares knowledge and research with them.",
  ],
  "cordaan-vb": [
    "Cordaan helpt je met wonen, werk en dagbesteding in Amsterdam. Dat is: overdag met anderen iets doen.",
    "Cordaan helps you in Amsterdam with a home, work and daytime activities. That means: doing things with others in the day.",
  ],
  "philadelphia-hoorn": [
    "Jacques Bloemhof is een woonplek in de Kersenboogerd. Eén keer per maand zijn buren welkom om elkaar te ontmoeten.",
    "Jacques Bloemhof is a place to live in the Kersenboogerd. Once a month neighbours are welcome to meet each other.",
  ],
  "ons-tweede-thuis": [
    "Ons Tweede Thuis helpt je met wonen, werk en dagbesteding. Er is ook hulp bij jou thuis.",
    "Ons Tweede Thuis helps you with housing, work and daytime activities. There is also help in your own home.",
  ],
  "esdege-reigersdaal": [
    "Esdégé-Reigersdaal helpt je met wonen, werk en dagbesteding. Ze hebben meer dan 200 plekken in het noorden van Noord-Holland.",
    "Esdégé-Reigersdaal helps you with housing, work and daytime activities. They have more than 200 places in the north of Noord-Holland.",
  ],
  "mee-amstelveen": [
    "Iemand van MEE denkt gratis met je mee in Amstelveen. Bijvoorbeeld bij een aanvraag voor hulp thuis.",
    "Someone from MEE thinks along with you for free in Amstelveen. For example when you ask for help at home.",
  ],
  "mee-uithoorn": [
    "MEE werkt mee in Uithoorn voor Elkaar. Daar kun je vragen of iemand met je meedenkt.",
    "MEE works with Uithoorn voor Elkaar. There you can ask for someone to think along with you.",
  ],
  "mdhg-clientondersteuning": [
    "De MDHG helpt je gratis met vragen, ook over schulden. Je kunt elke werkdag binnenlopen.",
    "The MDHG helps you for free with questions, also about debts. You can walk in every working day.",
  ],
  "clientenbelang-clientondersteuning": [
    "Iemand van Cliëntenbelang denkt met je mee. Ze helpen ook als je bezwaar wilt maken.",
    "Someone from Cliëntenbelang thinks along with you. They also help when you want to object.",
  ],
  "ondersteuners-van-amsterdam": [
    "Op deze website lees je wie in Amsterdam met je kan meedenken. Die persoon werkt niet voor de gemeente.",
    "This website tells you who in Amsterdam can think along with you. This person does not work for the city.",
  ],
  "cce-consultatie": [
    "Het CCE geeft advies aan hulpverleners als zorg heel moeilijk gaat.",
    "The CCE gives advice to care workers when care gets very hard.",
  ],
  "gemeente-hoorn-rondkomen": [
    "Kom je moeilijk rond of heb je schulden? De gemeente Hoorn helpt je.",
    "Is it hard to make ends meet, or do you have debts? The municipality of Hoorn helps you.",
  ],
  "urgentiecommissie-west-friesland": [
    "Heb je heel snel een huis nodig? Je kunt bellen of mailen over voorrang op een huurhuis.",
    "Do you need a home very soon? You can call or email about priority for a rented home.",
  ],
  "woonmatch-west-friesland": [
    "Zoek je een huurhuis in West-Friesland? Je schrijft je in op de website van Woonmatch.",
    "Are you looking for a rented home in West-Friesland? You register on the Woonmatch website.",
  ],
  "intermaris-huurbetaling": [
    "Kun je de huur even niet betalen? Vraag Intermaris of je in delen mag betalen.",
    "Can you not pay the rent for a while? Ask Intermaris if you can pay in parts.",
  ],
  "uithoorn-sociaal-loket": [
    "Heb je een dringend probleem met je huis? Bel of mail het Sociaal Loket van de gemeente.",
    "Do you have an urgent problem with your home? Call or email the municipality's Sociaal Loket.",
  ],
  "zaanstad-clientondersteuning": [
    "In Zaanstad kan iemand met je meedenken die niet voor de gemeente werkt. Vraag het wijkteam.",
    "In Zaanstad someone who does not work for the municipality can think along with you. Ask the team.",
  ],
  "mee-purmerend": [
    "Iemand van MEE denkt met je mee in Purmerend. Die persoon werkt niet voor de gemeente.",
    "Someone from MEE thinks along with you in Purmerend. This person does not work for the municipality.",
  ],
  prinsenstichting: [
    "De Prinsenstichting in Purmerend geeft zorg en steun. Kijk op de website wat ze doen.",
    "The Prinsenstichting in Purmerend gives care and support. See the website for what they do.",
  ],
  "purmerend-loket-wonen-wmo": [
    "Heb je vragen over wonen of hulp thuis in Purmerend? Bel het loket van de gemeente.",
    "Do you have questions about housing or help at home in Purmerend? Call the municipality's desk.",
  ],
};
