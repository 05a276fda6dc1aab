/** `/beheer/team`: the team list with roles, a form to add or change, a button to remove. */
import type { Viewer } from '../context.ts';
import type { TeamMember } from '../team-list.ts';
import { Layout, renderPage } from './layout.tsx';

const ROLE_NAMES = { team: 'Monitorteam', admin: 'Beheerder' } as const;

export interface AdminTeamPageProps {
  viewer: Viewer;
  members: TeamMember[];
  message?: string;
  error?: string;
}

export function adminTeamPage(props: AdminTeamPageProps): string {
  const { viewer } = props;
  return renderPage(
    <Layout title="Team en rollen" viewer={viewer}>
      <main>
        <h1>Team en rollen</h1>
        <p>
          Het monitorteam ziet alle gemeenten, imports en regiosessies; beheerders ook deze pagina
          en het auditlog. Medewerkers van gemeenten staan hier niet: zij krijgen toegang via het
          e-maildomein van hun gemeente in het gemeentenregister.
        </p>
        {props.message ? (
          <p class="portal-panel" role="status">
            {props.message}
          </p>
        ) : null}
        {props.error ? (
          <p class="portal-panel form-error" role="alert">
            {props.error}
          </p>
        ) : null}
        <MemberTable members={props.members} viewer={viewer} />
        <h2>Toevoegen of rol wijzigen</h2>
        <form method="post" action="/beheer/team" class="portal-panel">
          <input type="hidden" name="_csrf" value={viewer.csrfToken} />
          <label for="email">E-mailadres</label>
          <input type="email" id="email" name="email" required autocomplete="off" />
          <label for="role">Rol</label>
          <select id="role" name="role">
            <option value="team">{ROLE_NAMES.team}</option>
            <option value="admin">{ROLE_NAMES.admin}</option>
          </select>{' '}
          <button type="submit">Opslaan</button>
        </form>
      </main>
    </Layout>,
  );
}

function MemberTable(props: { members: TeamMember[]; viewer: Viewer }) {
  if (props.members.length === 0) return <p>De teamlijst is leeg.</p>;
  return (
    <table>
      <caption>Teamlijst</caption>
      <thead>
        <tr>
          <th scope="col">E-mailadres</th>
          <th scope="col">Rol</th>
          <th scope="col">Sinds</th>
          <th scope="col">Actie</th>
        </tr>
      </thead>
      <tbody>
        {props.members.map((member) => (
          <tr>
            <th scope="row">{member.email}</th>
            <td>{ROLE_NAMES[member.role]}</td>
            <td>{member.addedAt.slice(0, 10)}</td>
            <td>
              {member.email === props.viewer.email ? (
                'U zelf'
              ) : (
                <form method="post" action="/beheer/team/verwijderen">
                  <input type="hidden" name="_csrf" value={props.viewer.csrfToken} />
                  <input type="hidden" name="email" value={member.email} />
                  <button type="submit" aria-label={`${member.email} verwijderen`}>
                    Verwijderen
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
