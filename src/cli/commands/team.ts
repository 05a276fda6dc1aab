/** `mdd team add|remove|list`: the monitor team's list in the store. */
import {
  addTeamMember,
  listTeamMembers,
  removeTeamMember,
  TeamListError,
} from '../../portal/team-list.ts';
import { openStore } from '../../store/open.ts';
import type { TeamRole } from '../../store/schema-portal.ts';
import { CliError, EXIT_CODES } from '../errors.ts';
import type { Terminal } from '../terminal.ts';

export interface TeamCommandOptions {
  role?: string;
  database?: string;
}

const ROLE_NAMES: Record<TeamRole, string> = { team: 'monitorteam', admin: 'beheerder' };

export async function runTeamAdd(email: string, options: TeamCommandOptions, terminal: Terminal) {
  const role = parseRole(options.role ?? 'team');
  const store = await openStore(options.database);
  try {
    const member = await addTeamMember(store, email, role);
    terminal.print(`${member.email} staat op de teamlijst als ${ROLE_NAMES[member.role]}.`);
  } catch (error) {
    if (error instanceof TeamListError) throw new CliError(error.message, EXIT_CODES.usage);
    throw error;
  } finally {
    await store.close();
  }
}

export async function runTeamRemove(
  email: string,
  options: TeamCommandOptions,
  terminal: Terminal,
) {
  const store = await openStore(options.database);
  try {
    if (!(await removeTeamMember(store, email))) {
      throw new CliError(`${email} staat niet op de teamlijst.`);
    }
    terminal.print(`${email} is van de teamlijst verwijderd.`);
  } finally {
    await store.close();
  }
}

export async function runTeamList(options: TeamCommandOptions, terminal: Terminal) {
  const store = await openStore(options.database);
  try {
    const members = await listTeamMembers(store);
    if (members.length === 0) terminal.print('De teamlijst is leeg.');
    for (const member of members) {
      terminal.print(
        `${member.email}\t${ROLE_NAMES[member.role]}\tsinds ${member.addedAt.slice(0, 10)}`,
      );
    }
  } finally {
    await store.close();
  }
}

function parseRole(text: string): TeamRole {
  if (text === 'team' || text === 'admin') return text;
  throw new CliError(`Onbekende rol "${text}": kies team of admin.`, EXIT_CODES.usage);
}
