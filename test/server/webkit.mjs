// Starts what WebKitGTK needs for WebDriver: an X display (MiniBrowser has no headless mode) and
// WebKitWebDriver on a free local port. Both are stopped when the test run exits.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const children = [];
process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd makes Xvfb pick a free display number and write it to fd 3 once it is ready.
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
  });
}

async function waitForDriver(port) {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

export async function startWebKitDriver(driver = 'WebKitWebDriver') {
  if (!process.env.DISPLAY) process.env.DISPLAY = await startXvfb();
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  children.push(child);
  await waitForDriver(port);
  return { port };
}
