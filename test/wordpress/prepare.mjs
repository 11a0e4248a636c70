// Before the WordPress suite: installs the Debian packages it needs when they are missing and
// this is root on a machine with apt (CI, a fresh developer machine); otherwise the suite skips
// itself with one line saying what is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missing } from './harness.mjs';

export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'php-xml', 'php-mbstring', 'php-curl', 'mariadb-server'];

const gaps = missing();
if (gaps) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`WordPress suite: installing ${PACKAGES.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
  } else {
    console.log(`WordPress suite: skipped, missing ${gaps} (install as root: apt-get install ${PACKAGES.join(' ')})`);
  }
}
