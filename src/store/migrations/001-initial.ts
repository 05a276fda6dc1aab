/**
 * The first schema: bookkeeping of deliveries and imports, and one row table per source table.
 * Frozen once released: later changes go in new migrations, never here.
 */
import type { Kysely, Migration } from 'kysely';
import type { SqlDialect } from '../dialect.ts';

type ColumnType = 'text' | 'integer';
/** Name, type and whether the column may hold null. */
type ColumnSpec = [name: string, type: ColumnType, nullable?: 'null'];

const ROW_TABLE_COLUMNS: Record<string, ColumnSpec[]> = {
  municipalities: [
    ['code', 'text'],
    ['name', 'text'],
    ['province', 'text'],
    ['email_domains', 'text'],
    ['start_date', 'text', 'null'],
    ['end_date', 'text', 'null'],
    ['successor', 'text', 'null'],
  ],
  reference_components: [
    ['id', 'text'],
    ['name', 'text'],
    ['digital_services', 'integer'],
  ],
  standards: [
    ['id', 'text'],
    ['name', 'text'],
    ['required_count', 'integer'],
  ],
  package_versions: [
    ['id', 'text'],
    ['supplier', 'text'],
    ['package_name', 'text'],
    ['version', 'text'],
    ['end_of_support', 'text', 'null'],
    ['offer', 'text'],
    ['compliant_standard_ids', 'text'],
  ],
  portfolio_entries: [
    ['municipality', 'text'],
    ['package_version_id', 'text'],
    ['status', 'text'],
    ['technology', 'text'],
    ['reference_component_id', 'text'],
  ],
  couplings: [
    ['municipality', 'text'],
    ['id', 'text'],
    ['from_package_version_id', 'text'],
    ['target', 'text'],
    ['standard_id', 'text', 'null'],
  ],
  catalogue_profiles: [
    ['municipality', 'text'],
    ['last_change', 'text', 'null'],
    ['contact_person', 'integer'],
    ['account', 'integer'],
    ['administrator_email', 'text', 'null'],
  ],
  maturity_scores: [
    ['municipality', 'text'],
    ['product', 'text'],
    ['audience', 'text'],
    ['level', 'integer', 'null'],
    ['research_year', 'integer'],
  ],
  survey_scores: [
    ['municipality', 'text'],
    ['survey', 'text'],
    ['indicator', 'text'],
    ['score_tenths', 'integer'],
  ],
  phone14_statuses: [
    ['municipality', 'text'],
    ['status', 'text'],
  ],
  national_facility_connections: [
    ['municipality', 'text'],
    ['facility', 'text'],
    ['connected', 'integer'],
  ],
  data_hub_usage: [
    ['municipality', 'text'],
    ['domain', 'text'],
    ['active', 'integer'],
    ['channel', 'text'],
  ],
};

export function initialSchema(dialect: SqlDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createBookkeeping(db, dialect);
      for (const [table, columns] of Object.entries(ROW_TABLE_COLUMNS)) {
        await createRowTable(db, table, columns);
      }
    },
    async down(db: Kysely<unknown>) {
      for (const table of Object.keys(ROW_TABLE_COLUMNS).reverse()) {
        await db.schema.dropTable(table).execute();
      }
      await db.schema.dropTable('imports').execute();
      await db.schema.dropTable('deliveries').execute();
    },
  };
}

async function createBookkeeping(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  // The one dialect difference: how a generated integer key is spelled.
  const idType = dialect === 'postgres' ? 'serial' : 'integer';
  await db.schema
    .createTable('deliveries')
    .addColumn('id', idType, (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('imports')
    .addColumn('id', idType, (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('data_date', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('delivery_id', 'integer', (c) => c.references('deliveries.id'))
    .execute();
  await db.schema
    .createIndex('imports_table_date')
    .on('imports')
    .columns(['table_name', 'data_date'])
    .execute();
}

async function createRowTable(
  db: Kysely<unknown>,
  table: string,
  columns: ColumnSpec[],
): Promise<void> {
  let builder = db.schema
    .createTable(table)
    .addColumn('import_id', 'integer', (c) =>
      c.notNull().references('imports.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull());
  for (const [name, type, nullable] of columns) {
    builder = builder.addColumn(name, type, (c) => (nullable ? c : c.notNull()));
  }
  // The key leads with import_id, so it is also the index that loading one import uses.
  await builder.addPrimaryKeyConstraint(`${table}_pkey`, ['import_id', 'position']).execute();
}
