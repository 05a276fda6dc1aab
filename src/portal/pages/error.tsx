/** The Dutch error pages: not found, no access, bad request, server error. */
import type { Viewer } from '../context.ts';
import { Layout, renderPage } from './layout.tsx';

export interface ErrorPageProps {
  title: string;
  message: string;
  viewer: Viewer | null;
}

export function errorPage(props: ErrorPageProps): string {
  return renderPage(
    <Layout title={props.title} viewer={props.viewer}>
      <main>
        <h1>{props.title}</h1>
        <p>{props.message}</p>
        <p>
          <a href="/">Naar de startpagina</a>
        </p>
      </main>
    </Layout>,
  );
}
