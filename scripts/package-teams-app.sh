#!/usr/bin/env bash
# Build the Teams app package: artifacts/danvan-teams-app.zip with manifest.json (the bot's app id in `id` and
# `bots[0].botId`, its host in `validDomains`), its English localization file (en.json), color.png and outline.png,
# checked against the Teams schema and the Localization schema first.
#
#   MicrosoftAppId=<the Azure Bot's Microsoft App ID> DANVAN_BOT_DOMAIN=danvan.azurewebsites.net scripts/package-teams-app.sh
#
# MicrosoftAppId: the environment, else Bot/appsettings.json (the bot reads it the same way). Required, a GUID.
# DANVAN_BOT_DOMAIN (optional): the bot's host name, without https://. DANVAN_PACKAGE_OUT: another zip path.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_tools
exec node "$DANVAN_TOOLS/package-teams-app.mjs"
