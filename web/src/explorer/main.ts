import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import '../shared/fonts.css';
import './explorer.css';
import { storedToken } from '../shared/token.ts';

interface Example {
  title: string;
  query: string;
}

/**
 * GraphiQL titles a tab by its operation's name: an anonymous example is named after its first
 * root field, and the README's title heads the query.
 */
function exampleTab(example: Example): { query: string } {
  const anonymous = /^\{\s*(?:\w+\s*:\s*)?([A-Za-z_]\w*)/.exec(example.query);
  const query = anonymous ? `query ${anonymous[1][0].toUpperCase()}${anonymous[1].slice(1)} ${example.query}` : example.query;
  return { query: `# ${example.title}\n${query}\n` };
}

async function start(): Promise<void> {
  const response = await fetch('/api/pages/examples', { headers: { accept: 'application/json' } });
  const examples: Example[] = response.ok ? await response.json() : [];
  const token = storedToken() ?? '<token printed by npm start, or from eqp token create>';
  createRoot(document.getElementById('explorer')!).render(createElement(GraphiQL, {
    fetcher: createGraphiQLFetcher({ url: '/graphql' }),
    defaultTabs: examples.map(exampleTab),
    defaultHeaders: JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2),
    defaultEditorToolsVisibility: 'headers',
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    // Tabs and settings last for the browser session, like the dashboard's sign-in.
    storage: window.sessionStorage,
  }));
}

void start();
