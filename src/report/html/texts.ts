/**
 * The fixed Dutch texts of the report, in one place: per section the source ("Bron"), the
 * goal ("Doel") and an explanation ("Toelichting"), plus the introduction and the terms of
 * use. Written for this product after the content of the 2017 Schagen monitor and
 * methodology.md; figures and ratings never appear here (they come from the report model).
 */
import type { SectionId } from '../model.ts';

export interface SectionText {
  /** Where the data comes from. */
  source: string;
  /** Why the theme matters. */
  goal: string;
  /** How to read the figures and tables, one paragraph each. */
  explanation: string[];
  /** A short explanation under a figure, by figure id. */
  figureNotes?: Record<string, string>;
  /** Reading order of figures and tables (by id); the rest follows in model order. */
  order?: string[];
  /** Figures that a dedicated block of the section shows instead (2.1's star score). */
  replacedFigures?: string[];
}

export type PartId = '1' | '2' | '3';

export const PART_TITLES: Record<PartId, string> = {
  '1': 'Digitale dienstverlening',
  '2': 'Informatievoorziening',
  '3': 'Gebruik van landelijke voorzieningen',
};

export const REPORT_TITLE = 'Monitor Doelgerichte Digitalisering';

export const COVER_TEXT =
  'Deze monitor laat zien hoe uw gemeente ervoor staat met de digitale dienstverlening en de informatievoorziening die daarvoor nodig is. De cijfers komen uit verschillende landelijke bronnen en worden vergeleken met het landelijke beeld en met vergelijkbare gemeenten.';

export const INTRO: string[] = [
  'Goede dienstverlening aan inwoners en ondernemers vraagt om een informatievoorziening die daarop is ingericht. Wie producten digitaal wil aanbieden, heeft de juiste applicaties nodig, en die applicaties moeten via standaarden met elkaar en met landelijke voorzieningen zoals DigiD, eHerkenning en MijnOverheid Berichtenbox kunnen samenwerken.',
  'De monitor brengt in beeld waar uw gemeente nu staat, maar wijst ook op kansen: soms is een kleine stap genoeg om de digitale dienstverlening vooruit te helpen.',
];

export const INTRO_PARTS: Record<PartId, string> = {
  '1': 'Hoe volwassen is het digitale aanbod van uw producten, hoe waarderen inwoners en ondernemers de dienstverlening, welke voorzieningen voor digitale dienstverlening heeft uw gemeente, en is het 14+ nummer in gebruik?',
  '2': 'Hoe goed houdt uw gemeente de Softwarecatalogus bij, waar overlappen pakketten elkaar, welke pakketten zijn aan vervanging toe, welke standaarden gebruikt u en waar kan SaaS u ontzorgen? Deze cijfers zijn zo betrouwbaar als de gegevens die uw gemeente zelf in de Softwarecatalogus bijhoudt.',
  '3': 'Is uw gemeente aangesloten op de landelijke voorzieningen die de hele overheid deelt, en wisselt zij gegevens uit via het Gemeentelijk Gegevensknooppunt?',
};

export const INTRO_SOURCES =
  'De gegevens komen uit de Softwarecatalogus, Waarstaatjegemeente.nl, het onderzoek naar digitale volwassenheid in opdracht van het ministerie van BZK, en de aansluitgegevens van landelijke voorzieningen. Bijlage 1 legt uit hoe elk thema wordt beoordeeld, bijlage 2 bevat de afspraken over het gebruik van de monitor en bijlage 3 noemt per bron de peildatum.';

export const SUMMARY_INTRO =
  'Per thema ziet u in één oogopslag hoe uw gemeente ervoor staat; elk oordeel staat er in woorden en met een eigen symbool bij.';

export const TERMS_OF_USE: string[] = [
  'Een monitor wordt per gemeente gemaakt. Voor samenwerkingsverbanden bestaat (nog) geen eigen monitor.',
  'De monitor gaat alleen naar medewerkers van de gemeente zelf. Dat controleren wij aan de hand van het e-mailadres: het domein daarvan moet bij de gemeente horen.',
  'Ook de beheerder van de Softwarecatalogus van de gemeente ontvangt de monitor, omdat die de gegevens bijhoudt waar een groot deel van de monitor op steunt.',
  'Medewerkers van de landelijke organisatie krijgen de monitor alleen als hun rol dat vraagt.',
  'Tijdens een regiosessie kunnen de cijfers van de deelnemende gemeenten aan elkaar worden getoond, zodat gemeenten van elkaar kunnen leren. Aan anderen worden ze niet getoond.',
  'De monitor wordt op verzoek gemaakt en daarna elk kwartaal als PDF toegestuurd.',
];

export const MATURITY_LEVELS: { level: string; description: string }[] = [
  {
    level: '0%',
    description: 'Alleen informatie: het product kan niet digitaal worden aangevraagd.',
  },
  {
    level: '33%',
    description:
      'Het formulier kan worden gedownload, maar moet worden geprint (bijvoorbeeld om te ondertekenen).',
  },
  {
    level: '66%',
    description: 'Het formulier kan online worden ingevuld en verstuurd, zonder printer.',
  },
  {
    level: '100%',
    description:
      'Aanvragen na inloggen met DigiD of eHerkenning, met een vooraf ingevuld formulier.',
  },
  {
    level: 'Niet waargenomen',
    description:
      'Het product bestaat niet of is niet van toepassing; zulke waarnemingen tellen niet mee in de gemiddelden.',
  },
];

const CATALOGUE_SOURCE = 'Softwarecatalogus';
const CATALOGUE_CARE =
  'Alle cijfers in dit hoofdstuk komen uit wat uw gemeente zelf in de Softwarecatalogus heeft geregistreerd: pakketten, koppelingen en de referentiecomponenten waarvoor u ze gebruikt. Houd die gegevens dus volledig en actueel.';

export const SECTION_TEXTS: Record<SectionId, SectionText> = {
  '1.1': {
    source:
      'Landelijk onderzoek naar de digitale volwassenheid van overheidsproducten, uitgevoerd in opdracht van de ministeries van BZK en EZ.',
    goal: 'Inwoners en ondernemers willen op elk moment van de dag producten bij de gemeente kunnen aanvragen. Digitaal aanvragen maakt dat mogelijk en verlaagt bovendien de administratieve lasten, voor de aanvrager én voor de gemeente.',
    explanation: [
      'Voor de meest gevraagde producten is per gemeente nagegaan hoe ver het product digitaal aan te vragen is. Elk product krijgt één van de niveaus uit de tabel hieronder. Per doelgroep vergelijken we het gemiddelde van uw gemeente met het landelijk gemiddelde.',
      'De kansentabellen noemen de producten waarop uw gemeente 0% of 33% scoort. Daarnaast staat hoeveel gemeenten op hetzelfde product wél 100% halen, en hoeveel van hen hetzelfde e-formulierenpakket gebruiken als u: van die gemeenten kunt u waarschijnlijk het snelst leren.',
    ],
    order: [
      'volwassenheid_burger',
      'kansen_burgers',
      'volwassenheid_ondernemer',
      'kansen_ondernemers',
      'volwassenheid_samengevoegd',
    ],
  },
  '1.2': {
    source: 'Waarstaatjegemeente.nl (Burgerpeiling en Ondernemerspeiling).',
    goal: 'Hoe de digitale dienstverlening is ingericht, bepaalt mede hoe inwoners en ondernemers de dienstverlening waarderen. Wie die waardering regelmatig meet, ziet waar het beter kan.',
    explanation: [
      'De Burgerpeiling en de Ondernemerspeiling zijn gevalideerde, terugkerende onderzoeken naar de mening van inwoners en ondernemers. Lang niet alle gemeenten doen eraan mee. Staat er bij uw gemeente een streepje (-), dan heeft uw gemeente (nog) niet aan de peiling deelgenomen.',
      'De cijfers lopen van 1 tot 10 en worden vergeleken met het landelijk gemiddelde.',
    ],
  },
  '1.3': {
    source: CATALOGUE_SOURCE,
    goal: 'Voor digitale dienstverlening heeft een gemeente een aantal voorzieningen nodig. Of die in de Softwarecatalogus staan, zegt iets over hoe goed uw gemeente daarop is voorbereid.',
    explanation: [
      'Tien referentiecomponenten (functies in de GEMMA-referentiearchitectuur, zoals een zaaksysteem of e-formulieren) zijn belangrijk voor digitale dienstverlening. We tellen voor hoeveel daarvan uw gemeente een pakket in gebruik heeft geregistreerd en vergelijken dat met het landelijk gemiddelde.',
      'De tabel toont per voorziening of die bij uw gemeente in gebruik is, en welk deel van alle gemeenten haar gebruikt. Zo ziet u of uw gemeente op een punt afwijkt van het gangbare beeld.',
    ],
  },
  '1.4': {
    source: 'Voortgangsrapportage 14+.',
    goal: 'Eén overheid ervaren betekent ook: goed bereikbaar zijn, met een telefoonnummer dat makkelijk te onthouden is.',
    explanation: [
      'Het 14+ nummer bestaat uit 14 gevolgd door het netnummer van de gemeente, bijvoorbeeld 14 0224. Zo heeft elke gemeente één herkenbaar telefonisch ingangspunt, vergelijkbaar met 1400 voor de Rijksoverheid.',
      'Hieronder ziet u of het 14+ nummer bij uw gemeente operationeel is, en hoeveel gemeenten het nummer al operationeel gebruiken.',
    ],
  },
  '2.1': {
    source: CATALOGUE_SOURCE,
    goal: 'Wie de informatievoorziening goed wil sturen, moet het eigen applicatielandschap kennen. De Softwarecatalogus en deze monitor helpen daarbij, maar alleen als de gegevens bijgehouden worden.',
    explanation: [
      CATALOGUE_CARE,
      'De sterscore laat zien hoe goed uw gemeente de Softwarecatalogus gebruikt. Elke ster wordt los verdiend. Verderop in dit hoofdstuk vergelijken we uw gemeente met gemeenten die hetzelfde aantal sterren hebben.',
    ],
    figureNotes: {
      pakketten:
        'Het aantal pakketversies dat uw gemeente heeft geregistreerd, in welke status dan ook.',
      referentiecomponenten:
        'Het deel van alle referentiecomponenten waarvoor uw gemeente minstens één pakket in gebruik heeft. Idealiter heeft een gemeente (of haar samenwerkingsverband) voor elke referentiecomponent een pakket.',
      koppelingen:
        'Naast pakketten kunt u ook koppelingen registreren, op een standaard of als maatwerk.',
      periode_zonder_wijzigingen:
        'Werk de kernapplicaties minstens eens per drie maanden bij; de norm is 90 dagen. Actuele gegevens maken de monitor betrouwbaar en helpen andere gemeenten die kennis willen delen.',
      contactgegevens:
        'Met een contactpersoon in de Softwarecatalogus kunnen andere gemeenten u eenvoudig vinden. Ter vergelijking staat erbij hoeveel gemeenten nog geen contactpersoon hebben.',
      applicatieportfoliomanagement:
        'Door pakketten als gepland of uit te faseren te markeren, gebruikt u de Softwarecatalogus ook voor applicatieportfoliomanagement.',
    },
    order: [
      'gebruik_vulling',
      'pakketten',
      'referentiecomponenten',
      'koppelingen',
      'periode_zonder_wijzigingen',
      'contactgegevens',
      'applicatieportfoliomanagement',
    ],
    replacedFigures: ['sterren'],
  },
  '2.2': {
    source: CATALOGUE_SOURCE,
    goal: 'Overlappende functies en gegevens maken gebruik en beheer duurder en kunnen de kwaliteit van de dienstverlening verlagen.',
    explanation: [
      'Heeft uw gemeente meer dan één pakketversie geregistreerd bij dezelfde referentiecomponent, dan is er mogelijk dubbele functionaliteit. Soms is dat een bewuste keuze, maar het kan ook dubbel beheer, dubbele vastlegging van gegevens en dubbele migraties betekenen. Het loont om na te gaan of er een goede reden voor is.',
      'We vergelijken het aantal referentiecomponenten met meer dan één pakketversie met het gemiddelde van gemeenten met hetzelfde aantal sterren. De tabel noemt per referentiecomponent het aantal pakketversies bij uw gemeente en het gemiddelde bij die gemeenten.',
      'In de Softwarecatalogus ziet u onder "Mijn softwarecatalogus" precies welke pakketten het betreft.',
    ],
  },
  '2.3': {
    source: CATALOGUE_SOURCE,
    goal: 'Verouderde software zonder ondersteuning vergroot de risico’s voor continuïteit, beveiliging en betrouwbaarheid. Het aantal te vervangen pakketten wijst op mogelijk achterstallig onderhoud.',
    explanation: [
      'Leveranciers geven in de Softwarecatalogus aan tot wanneer zij een pakketversie ondersteunen. Is die datum voor de peildatum verstreken terwijl uw gemeente de versie nog in productie heeft, dan telt de versie hier mee. De norm is nul.',
      'Vervang zulke versies tijdig: ze kunnen de beschikbaarheid van gegevens en de informatieveiligheid in gevaar brengen.',
    ],
  },
  '2.4': {
    source: CATALOGUE_SOURCE,
    goal: 'Betrouwbare koppelingen zijn nodig voor een efficiënte uitvoering, goed werkende informatieketens en goede dienstverlening. Systemen van verschillende leveranciers werken alleen samen als standaarden goed worden toegepast; dat geeft bovendien meer keuzevrijheid en flexibiliteit.',
    explanation: [
      'Voor een aantal eindproductstandaarden wordt bijgehouden welke pakketversies eraan voldoen (compliant zijn). Een standaard telt voor uw gemeente als opgevoerd wanneer u minstens één koppeling op die standaard heeft geregistreerd. We vergelijken het aantal met het gemiddelde van gemeenten met hetzelfde aantal sterren.',
      'De tweede tabel laat per standaard zien hoeveel compliant pakketversies uw gemeente al heeft, naast het aantal dat nodig is om de standaard te implementeren. Zo ziet u welke standaarden u nu al zou kunnen invoeren.',
    ],
  },
  '2.5': {
    source: CATALOGUE_SOURCE,
    goal: 'Met software als dienst (SaaS) neemt de leverancier het technisch beheer over. Dat ontzorgt de gemeente en opent nieuwe mogelijkheden voor samenwerking en online diensten.',
    explanation: [
      'Leveranciers geven in de Softwarecatalogus aan of zij een pakket als SaaS, on-premise (lokaal geïnstalleerd) of allebei aanbieden; gemeenten geven aan hoe zij het gebruiken. Gebruikt uw gemeente een pakketversie on-premise terwijl de leverancier die ook als SaaS aanbiedt, dan is dat een kans om te ontzorgen.',
      'We vergelijken het aantal van die kansen met het gemiddelde van gemeenten met hetzelfde aantal sterren. De tabel noemt de pakketversies en hoeveel gemeenten ze al als SaaS gebruiken.',
    ],
  },
  '3.1': {
    source: 'Maandrapportage Logius.',
    goal: 'Eén overheid ervaren betekent voor ondernemers: één manier om zich online te identificeren.',
    explanation: [
      'Zoals inwoners inloggen met DigiD, loggen ondernemers in met eHerkenning. Daarmee kunnen zij op elk moment veilig zaken online regelen, van het aanvragen van een vergunning tot het inzien van gegevens.',
      'Hieronder ziet u of uw gemeente op eHerkenning is aangesloten, en hoeveel gemeenten dat zijn.',
    ],
  },
  '3.2': {
    source: 'Maandrapportage Logius.',
    goal: 'Eén overheid ervaren betekent voor inwoners: alle digitale post van de overheid op één plek.',
    explanation: [
      'De Berichtenbox op MijnOverheid is een persoonlijke, beveiligde brievenbus waarin inwoners na inloggen met DigiD hun berichten van de overheid lezen, zoals een belastingaanslag of een herinnering om het paspoort te verlengen.',
      'Hieronder ziet u of uw gemeente op de Berichtenbox is aangesloten, en hoeveel gemeenten dat zijn.',
    ],
  },
  '3.3': {
    source: 'Maandrapportage Kamer van Koophandel.',
    goal: 'Gegevens één keer vastleggen en vaak gebruiken: dat verlaagt lasten en verbetert de kwaliteit van gegevens, bijvoorbeeld bij vergunningen, handhaving en veiligheid.',
    explanation: [
      'Het Handelsregister van de KvK is een basisregistratie met gegevens over alle ondernemingen en rechtspersonen in Nederland. Hieronder ziet u of uw gemeente is aangesloten en die gegevens dus kan gebruiken.',
    ],
  },
  '3.4': {
    source: 'Maandrapportage Logius.',
    goal: 'Gegevens in basisregistraties moeten kloppen en actueel zijn, zeker nu ze steeds breder worden gebruikt.',
    explanation: [
      'Wie gegevens uit een basisregistratie gebruikt, moet mogelijke fouten terugmelden. Digimelding maakt dat eenvoudig, uniform en betrouwbaar. Hieronder ziet u of uw gemeente op Digimelding is aangesloten.',
    ],
  },
  '3.5': {
    source: 'Gemeentelijk Gegevensknooppunt (GGk).',
    goal: 'Het GGk is opgezet om de gegevensuitwisseling voor jeugdzorg (iJW) en Wmo (iWMO) in goede banen te leiden en de administratieve lasten te beperken.',
    explanation: [
      'Sinds de decentralisaties in het sociaal domein wisselen gemeenten veel gegevens uit met zorgaanbieders en andere partijen. Dat kan via het portaal (handmatig uploaden en downloaden) of via een geautomatiseerde koppeling.',
      'Hieronder ziet u per domein of uw gemeente de afgelopen maand actief was, en welk kanaal zij gebruikte ("nvt" als er niets is uitgewisseld). Een geautomatiseerde koppeling geeft minder kans op fouten, voorkomt dat bestanden tussentijds worden aangepast, maakt berichtstromen flexibeler in te richten, werkt beter in samenwerkingsverbanden en geeft minder administratieve lasten.',
    ],
    order: ['ggk_ijw_actief', 'ggk_iwmo_actief', 'ggk_ijw_kanaal', 'ggk_iwmo_kanaal'],
  },
};
