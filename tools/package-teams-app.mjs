// Builds the Teams app package (see scripts/package-teams-app.sh, which runs this).
import path from 'node:path';
import { buildPackage, configuredAppId } from './teams-app.mjs';
import { repoRoot } from './checks/paths.mjs';

const out = path.resolve(process.env.DANVAN_PACKAGE_OUT || path.join(repoRoot, 'artifacts', 'danvan-teams-app.zip'));
try {
  const manifest = await buildPackage({ appId: configuredAppId(), domain: process.env.DANVAN_BOT_DOMAIN, out });
  console.log(`Wrote ${path.relative(process.cwd(), out) || out}: app id ${manifest.id}, version ${manifest.version}` +
    (manifest.validDomains.length ? `, domain ${manifest.validDomains[0]}` : ''));
  console.log('Upload it in Teams: Apps → Manage your apps → Upload an app (or the Teams admin center).');
} catch (error) {
  console.error(`package-teams-app: ${error.message}`);
  process.exit(1);
}
