// The infrastructure template (infra/main.bicep) as the checks see it: the Bicep CLI from its NuGet package
// (restored by `dotnet restore tools/bicep/bicep.csproj`, never downloaded from elsewhere), the compiled
// template's app settings, and the README's Configuration table they must match one to one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot, toolsDir } from './checks/paths.mjs';

export const infraDir = path.join(repoRoot, 'infra');
const bicepProject = path.join(toolsDir, 'bicep', 'bicep.csproj');

/** The Bicep CLI binary, restored from NuGet on first use. */
export function bicepPath() {
  const version = /Azure\.Bicep\.CommandLine\.linux-x64" Version="\[([^\]]+)\]"/.exec(fs.readFileSync(bicepProject, 'utf8'))?.[1];
  if (!version) throw new Error(`No Azure.Bicep.CommandLine.linux-x64 version in ${bicepProject}`);
  const packages = process.env.NUGET_PACKAGES || path.join(os.homedir(), '.nuget', 'packages');
  const bin = path.join(packages, 'azure.bicep.commandline.linux-x64', version, 'tools', 'bicep');
  if (!fs.existsSync(bin)) {
    const restore = spawnSync('dotnet', ['restore', bicepProject, '-v', 'q'], { encoding: 'utf8' });
    if (restore.status !== 0 || !fs.existsSync(bin)) throw new Error(`Could not restore the Bicep CLI:\n${restore.stdout}${restore.stderr}`);
  }
  return bin;
}

/** Runs the Bicep CLI; diagnostics are its "file(line,col) : Level code: message" lines. */
export function bicep(args, env = {}) {
  const run = spawnSync(bicepPath(), args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const diagnostics = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.split('\n').filter((l) => /: (Error|Warning|Info) /.test(l));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, diagnostics };
}

/** The web app's app settings in the compiled ARM template: name → value (a literal or an ARM expression). */
export function templateAppSettings(template) {
  const site = Object.values(template.resources).find((r) => r.type === 'Microsoft.Web/sites');
  if (!site) throw new Error('No Microsoft.Web/sites in the template');
  return new Map(site.properties.siteConfig.appSettings.map((s) => [s.name, s.value]));
}

/** Every setting named in the README's "Configuration" table (first column, each `name` in backticks). */
export function readmeSettings(readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')) {
  const section = /^## Configuration\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Configuration" section');
  const names = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|');
    if (!line.startsWith('| `') || cells.length < 4) continue;
    for (const m of cells[1].matchAll(/`([^`]+)`/g)) names.push(m[1]);
  }
  return names;
}
