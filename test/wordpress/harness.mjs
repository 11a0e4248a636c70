// A real WordPress for the tests: Debian's wordpress package (6.1), Twenty Twenty-Three, served by
// PHP's built-in server, with a private MariaDB server. Two sites share one database: "plain"
// (WordPress as it comes) and "plugin" (the news-embed plugin installed from its zip and active).
// The story host is `npm start`'s server on another origin (localhost vs 127.0.0.1).
//
// What is slow is cached in node_modules/.cache/news-embed-wordpress/: the MariaDB data directory
// with both sites installed, and a hard-linked copy of WordPress with its own wp-config.php.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const repo = new URL('../../', import.meta.url).pathname;
const here = new URL('.', import.meta.url).pathname;
const cache = join(repo, 'node_modules/.cache/news-embed-wordpress');
const wordpress = '/usr/share/wordpress';
const root = join(cache, 'root');
const datadir = join(cache, 'db');
const run = join(tmpdir(), `news-embed-wp-${process.pid}`);
const socket = join(run, 'mysqld.sock');

/** What is missing to run WordPress here ('' when nothing is). */
export function missing() {
  const need = [
    ['/usr/bin/php', 'php-cli'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    [`${wordpress}/wp-settings.php`, 'wordpress'],
    [`${wordpress}/wp-content/themes/twentytwentythree/theme.json`, 'wordpress-theme-twentytwentythree'],
    ['/usr/bin/chromium', 'chromium'],
  ];
  const gaps = need.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
  try {
    const modules = execFileSync('php', ['-m'], { encoding: 'utf8' });
    for (const [module, pkg] of [['mysqli', 'php-mysql'], ['dom', 'php-xml'], ['mbstring', 'php-mbstring'], ['curl', 'php-curl']]) {
      if (!new RegExp(`^${module}$`, 'm').test(modules)) gaps.push(pkg);
    }
  } catch {
    // php itself is missing: already listed.
  }
  return gaps.join(' ');
}

export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const children = [];

function start(command, args, options = {}) {
  // Each in its own process group: php -S forks workers (PHP_CLI_SERVER_WORKERS) that the group's
  // signal reaches too.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  let output = '';
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  child.output = () => output;
  children.push(child);
  return child;
}

async function waitFor(check, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function wpConfig() {
  return `<?php
// Test WordPress: the site (table prefix) and its URL come from the environment of the PHP
// process (php -S or the command line).
$site = getenv('NEWS_EMBED_WP_SITE') ?: 'plain';
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . getenv('NEWS_EMBED_WP_SOCKET'));
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = $site . '_';
define('WP_HOME', getenv('NEWS_EMBED_WP_URL'));
define('WP_SITEURL', getenv('NEWS_EMBED_WP_URL'));
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', getenv('NEWS_EMBED_WP_URL') . '/wp-content');
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) define($key, 'news-embed test ' . $key);
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', 'localhost');
define('FS_METHOD', 'direct');
define('WP_DEBUG', false);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

/** WordPress's files: a hard-linked copy (instant, no space) with this test's config and must-use plugin. */
function prepareRoot() {
  const version = readFileSync(`${wordpress}/wp-includes/version.php`, 'utf8').match(/\$wp_version = '([^']+)'/)[1];
  const stamp = join(cache, 'wordpress-version');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== version) {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    try {
      execFileSync('cp', ['-al', wordpress, root]);
    } catch {
      execFileSync('cp', ['-a', wordpress, root]);
    }
    writeFileSync(stamp, version);
  }
  rmSync(join(root, 'wp-config.php'), { force: true });
  writeFileSync(join(root, 'wp-config.php'), wpConfig());
  mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
  mkdirSync(join(root, 'wp-content/uploads'), { recursive: true });
  rmSync(join(root, 'wp-content/mu-plugins/news-embed-test.php'), { force: true });
  copyFileSync(join(here, 'mu-plugin.php'), join(root, 'wp-content/mu-plugins/news-embed-test.php'));
  return version;
}

async function startDatabase() {
  mkdirSync(run, { recursive: true });
  if (!existsSync(join(datadir, 'mysql'))) {
    rmSync(datadir, { recursive: true, force: true });
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  }
  const db = start('mariadbd', ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(run, 'mysqld.pid')}`, '--skip-log-bin', '--innodb-buffer-pool-size=64M']);
  await waitFor(() => existsSync(socket) || db.exitCode !== null, 'MariaDB', 60_000);
  if (db.exitCode !== null) throw new Error(`MariaDB did not start:\n${db.output()}`);
  execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4']);
}

/**
 * Starts everything. `storyOrigin` is the story host's origin (http://localhost:PORT).
 * Returns the two sites' URLs and a `php(site, command, input)` driver.
 */
export async function startWordPress({ storyOrigin, pluginZip }) {
  const version = prepareRoot();
  await startDatabase();
  const sites = {};
  const env = (site, url) => ({
    ...process.env,
    NEWS_EMBED_WP_SITE: site,
    NEWS_EMBED_WP_URL: url,
    NEWS_EMBED_WP_HOST: new URL(url).host,
    NEWS_EMBED_WP_SOCKET: socket,
    NEWS_EMBED_WP_ROOT: root,
    NEWS_EMBED_STORY_ORIGIN: storyOrigin,
    // Page, stylesheets, fonts and scripts in parallel, as a real server would.
    PHP_CLI_SERVER_WORKERS: '4',
  });
  const php = (site, command, input = {}) => {
    const output = execFileSync('php', [join(here, 'wp.php'), site, command, JSON.stringify(input)], {
      env: env(site, sites[site]),
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const line = output.trim().split('\n').pop();
    const result = JSON.parse(line);
    if (result?.error) throw new Error(`${site} ${command}: ${result.error}\n${output}`);
    return result;
  };
  for (const site of ['plain', 'plugin']) {
    const port = await freePort();
    sites[site] = `http://127.0.0.1:${port}`;
    const server = start('php', ['-S', `127.0.0.1:${port}`, '-t', root], { env: env(site, sites[site]) });
    await waitFor(() => fetch(`${sites[site]}/wp-includes/images/blank.gif`).then((r) => r.ok), `php -S for ${site}`).catch((error) => {
      throw new Error(`${error.message}\n${server.output()}`);
    });
    php(site, 'install');
  }
  php('plugin', 'plugin', { zip: pluginZip, host: storyOrigin });
  return { version, sites, php };
}

export async function stopAll() {
  for (const child of children.reverse()) {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
    }
    child.stdout.destroy();
    child.stderr.destroy();
  }
  rmSync(run, { recursive: true, force: true });
}
