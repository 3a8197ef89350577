import { buildWeb } from '../../web/build.ts';

/** The pages the browser tests open are built from the current sources (a no-op when up to date). */
export default async function setup(): Promise<void> {
  await buildWeb();
}
