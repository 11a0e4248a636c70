// Whether this engine's driver can emulate media features and types: Chromium over CDP and
// Playwright's engines can; Firefox over WebDriver BiDi and WebKitGTK over WebDriver cannot. Asked of the test
// server (test/server/plugins.mjs) rather than tried, since a failed emulate-media command prints
// a server-side stack trace in the test output.
import { executeServerCommand } from '@web/test-runner-commands';

let answer: Promise<boolean> | undefined;

export const canEmulateMedia = () => (answer ??= executeServerCommand<boolean, undefined>('news-embed-can-emulate-media'));
