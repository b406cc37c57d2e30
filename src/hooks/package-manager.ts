/**
 * The project's package manager, so init's next steps name the command the project really uses:
 * package.json's `packageManager` field (Corepack's), else the lockfile at the root.
 */

export type PackageManagerName = 'npm' | 'pnpm' | 'yarn' | 'bun';

export interface PackageManager {
  name: PackageManagerName;
  /** Installs the project's dependencies (and runs its install scripts). */
  install: string;
  /** Runs a bin from node_modules/.bin. */
  exec: (bin: string) => string;
  /**
   * The install-time script that runs husky. Yarn 2 and later run no `prepare` script on install
   * (husky's docs use `postinstall` there).
   */
  installScript: 'prepare' | 'postinstall';
}

const LOCKFILE_OWNERS: [string, PackageManagerName][] = [
  ['pnpm-lock.yaml', 'pnpm'], ['yarn.lock', 'yarn'], ['bun.lockb', 'bun'], ['bun.lock', 'bun'],
  ['package-lock.json', 'npm'], ['npm-shrinkwrap.json', 'npm'],
];

/** Reads `packageManager` ("pnpm@9.1.0"), else the lockfiles; npm when neither says. */
export function detectPackageManager(packageJson: Record<string, unknown>, lockfiles: readonly string[], yarnBerry: boolean): PackageManager {
  const field = typeof packageJson.packageManager === 'string' ? packageJson.packageManager : '';
  const declared = /^(npm|pnpm|yarn|bun)@(\d+)?/.exec(field);
  const name: PackageManagerName = (declared?.[1] as PackageManagerName | undefined)
    ?? LOCKFILE_OWNERS.find(([file]) => lockfiles.includes(file))?.[1]
    ?? 'npm';
  const berry = name === 'yarn' && (declared?.[2] !== undefined ? Number(declared[2]) >= 2 : yarnBerry);
  switch (name) {
    case 'pnpm': return { name, install: 'pnpm install', exec: (bin) => `pnpm exec ${bin}`, installScript: 'prepare' };
    case 'yarn': return { name, install: 'yarn', exec: (bin) => `yarn ${bin}`, installScript: berry ? 'postinstall' : 'prepare' };
    case 'bun': return { name, install: 'bun install', exec: (bin) => `bunx ${bin}`, installScript: 'prepare' };
    default: return { name, install: 'npm install', exec: (bin) => `npx ${bin}`, installScript: 'prepare' };
  }
}
