/**
 * The version history of the methodology (appendix 4). Versions before 1.14 are known only
 * from this history; their rules are not kept, so no report can be computed with them.
 * The store keeps a copy of every entry (table `methodology_versions`, see `./store.ts`).
 */
import type { VersionHistoryEntry } from './types.ts';

export const versionHistory: VersionHistoryEntry[] = [
  {
    version: '1.0',
    date: '2016-04-19',
    changes: ['Eerste uitgave van de monitor, toen nog Monitor Digitale Dienstverlening.'],
  },
  {
    version: '1.1',
    date: '2016-06-27',
    changes: [
      'Waardering van de (digitale) dienstverlening door ondernemers opgenomen.',
      'Gebruik van het Gemeentelijk Gegevensknooppunt opgenomen.',
      'Beoordeling van de thema’s over informatievoorziening herzien.',
      'Bijlage 4 met de versiegeschiedenis toegevoegd.',
    ],
  },
  {
    version: '1.11',
    date: '2016-07-27',
    changes: [
      'Voordelen van een geautomatiseerde koppeling met het GGk boven het portaal beschreven.',
      'Teksten verduidelijkt en taalfouten hersteld.',
    ],
  },
  {
    version: '1.12',
    date: '2016-09-21',
    changes: ['Nieuwe naam: Monitor Doelgerichte Digitalisering.', 'Teksten verbeterd.'],
  },
  {
    version: '1.13',
    date: '2016-10-03',
    changes: [
      'Digitale volwassenheid: een product dat niet is waargenomen telt niet meer als 0%.',
      'Fout in de GGk-gegevens hersteld.',
    ],
  },
  {
    version: '1.14',
    date: '2016-12-01',
    changes: [
      'Kleuren bij digitale volwassenheid hersteld.',
      'Verwijzing naar het onderzoek digitale volwassenheid hersteld.',
      'Aansluiting op landelijke voorzieningen getoond als ja of nee.',
      'Vervallen melding over de aanlevering van het onderzoek 2016 weggehaald.',
    ],
  },
  {
    version: '1.15',
    date: '2017-04-01',
    changes: [
      'Gebruik van de Softwarecatalogus (2.1): in orde vanaf meer dan 45 gevulde ' +
        'referentiecomponenten (was meer dan 40).',
    ],
  },
];
