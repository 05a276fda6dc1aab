import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../src/sources/read-table.ts';
import { onlyIssue, useTempDir, writeFixture } from './helpers.ts';

const tmp = useTempDir();
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('CSV tolerances', () => {
  it('reads a ,-separated file with quoted decimal commas', async () => {
    const path = await writeFixture(
      tmp.path(),
      'peilingen-komma.csv',
      'gemeentecode,peiling,indicator,score\nGM0441,burgerpeiling,waardering dienstverlening,"6,7"\n' +
        'GM0441,ondernemerspeiling,waardering dienstverlening,6.4\n',
    );
    const result = await readTableFile(path, 'peilingen', '2016-12-31');
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => r.scoreTenths)).toEqual([67, 64]);
  });

  it('reads Windows-1252 bytes so that ë, ï, é and â survive', async () => {
    const text =
      'gemeentecode;gemeentenaam;provincie;emaildomeinen\r\n' +
      'GM1900;Súdwest-Fryslân;Fryslân;sudwestfryslan.nl\r\nGM9999;Eëmsdelta ïjs é;Groningen;eemsdelta.nl\r\n';
    const path = await writeFixture(
      tmp.path(),
      'gemeenten-1252.csv',
      iconv.encode(text, 'win1252'),
    );
    const result = await readTableFile(path, 'gemeenten', '2016-12-31');
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => [r.name, r.province])).toEqual([
      ['Súdwest-Fryslân', 'Fryslân'],
      ['Eëmsdelta ïjs é', 'Groningen'],
    ]);
  });

  it('reads UTF-8 with a BOM without taking the BOM into the first column name', async () => {
    const text = 'gemeentecode;status\nGM0441;operationeel\n';
    const path = await writeFixture(
      tmp.path(),
      'telefonie-bom.csv',
      Buffer.concat([BOM, Buffer.from(text)]),
    );
    const result = await readTableFile(path, 'telefonie14', '2016-08-31');
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([{ municipality: 'GM0441', status: 'operationeel' }]);
  });

  it('reads quoted fields with ; and line breaks, and numbers rows as a spreadsheet does', async () => {
    const text =
      'id;naam;digitale_dienstverlening\n' +
      'RC001;"Zaaksysteem; algemeen";ja\n' +
      'RC002;"Burgerzaken-\ncomponent ""BRP""";nee\n' +
      'RC003;Website;misschien\n';
    const path = await writeFixture(tmp.path(), 'rc-quoted.csv', text);
    const result = await readTableFile(path, 'referentiecomponenten', '2017-01-23');
    expect(result.rows.map((r) => r.name)).toEqual([
      'Zaaksysteem; algemeen',
      'Burgerzaken-\ncomponent "BRP"',
    ]);
    // RC003 is on line 5 of the file, but on row 4 of the spreadsheet.
    expect(onlyIssue(result.issues, 'bad-value')).toMatchObject({
      row: 4,
      column: 'digitale_dienstverlening',
    });
  });

  it('matches reordered, loosely spelled headers and warns about an extra column', async () => {
    const text =
      ' Technologie ;REFERENTIECOMPONENT ID;Opmerking;status;Pakketversie_Id;gemeentecode\n' +
      'SaaS;RC001;let op;In Productie;PV00001;441\n' +
      'on-premise;RC002;;  uit te  faseren ;PV00002;gm3\n';
    const path = await writeFixture(tmp.path(), 'portfolio-order.csv', text);
    const result = await readTableFile(path, 'gemeente_pakketversies', '2017-01-23');
    expect(result.rows).toEqual([
      {
        municipality: 'GM0441',
        packageVersionId: 'PV00001',
        status: 'in productie',
        technology: 'saas',
        referenceComponentId: 'RC001',
      },
      {
        municipality: 'GM0003',
        packageVersionId: 'PV00002',
        status: 'uit te faseren',
        technology: 'on-premise',
        referenceComponentId: 'RC002',
      },
    ]);
    const warning = onlyIssue(result.issues, 'extra-column');
    expect(warning).toMatchObject({ severity: 'warning', row: 1, column: 'Opmerking' });
    expect(warning.message).toContain('"Opmerking"');
    expect(result.issues).toHaveLength(1);
  });

  it('reads the optional register columns, lists and every date form', async () => {
    const text =
      'gemeentecode;gemeentenaam;provincie;emaildomeinen;datum_ingang;datum_einde;opvolger\n' +
      '0007;Bellingwedde;Groningen;Bellingwedde.nl | @blw.nl;1-1-1968;31-12-2017;GM1950\n' +
      '1950;Westerwolde;Groningen;westerwolde.nl;2018-01-01;;\n';
    const path = await writeFixture(tmp.path(), 'gemeenten-opt.csv', text);
    const result = await readTableFile(path, 'gemeenten', '2018-01-01');
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      {
        code: 'GM0007',
        name: 'Bellingwedde',
        province: 'Groningen',
        emailDomains: ['bellingwedde.nl', 'blw.nl'],
        startDate: '1968-01-01',
        endDate: '2017-12-31',
        successor: 'GM1950',
      },
      {
        code: 'GM1950',
        name: 'Westerwolde',
        province: 'Groningen',
        emailDomains: ['westerwolde.nl'],
        startDate: '2018-01-01',
        endDate: null,
        successor: null,
      },
    ]);
  });

  it('reads maturity as percent, number and fraction, and yes/no words in any case', async () => {
    const maturity =
      'gemeentecode;product;doelgroep;score;onderzoeksjaar\n' +
      'GM0441;A;burger;33%;2016\nGM0441;B;Burger;66;2016\nGM0441;C;ondernemer;0,67;2016\n' +
      'GM0441;D;burger;Niet waargenomen;2016\nGM0441;E;burger;1,0;2016\n';
    const m = await readTableFile(
      await writeFixture(tmp.path(), 'dv.csv', maturity),
      'digitale_volwassenheid',
      '2016-12-31',
    );
    expect(m.issues).toEqual([]);
    expect(m.rows.map((r) => r.level)).toEqual([33, 66, 66, null, 100]);

    const facilities =
      'gemeentecode;voorziening;aangesloten\nGM0441;eHerkenning;JA\nGM0441;Digimelding;n\n' +
      'GM0441;handelsregister;Waar\nGM0441;MijnOverheid Berichtenbox;0\n';
    const f = await readTableFile(
      await writeFixture(tmp.path(), 'lv.csv', facilities),
      'landelijke_voorzieningen',
      '2016-11-30',
    );
    expect(f.issues).toEqual([]);
    expect(f.rows.map((r) => [r.facility, r.connected])).toEqual([
      ['eherkenning', true],
      ['digimelding', false],
      ['handelsregister', true],
      ['mijnoverheid berichtenbox', false],
    ]);
  });

  it('ignores empty trailing fields and wholly empty rows', async () => {
    const text =
      'gemeentecode;domein;actief;kanaal;;\nGM0441;ijw;ja;portaal;;\n;;;;\n\nGM0441;iwmo;nee;nvt\n';
    const result = await readTableFile(
      await writeFixture(tmp.path(), 'ggk.csv', text),
      'ggk',
      '2016-12-31',
    );
    expect(result.issues).toEqual([]);
    expect(result.rowNumbers).toEqual([2, 5]);
  });
});
