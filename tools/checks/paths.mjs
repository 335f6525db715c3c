import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const toolsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(toolsDir, '..');
