// Preload for the Microsoft 365 Agents Playground: make it speak like a Vietnamese Teams client.
//
// Why: the playground hard-codes locale "en-US" (activity.locale and the clientInfo entity) in every activity it
// sends to the bot, and has no setting for it (0.2.28; see the activity generators in
// tools/node_modules/@microsoft/m365agentsplayground/dist/index.js). DanVan answers in English to English-locale
// clients, so a local demo would not show the Vietnamese the real users get. Real Teams sends the user's locale.
//
// How: wrap http.request; for POSTs to BOT_ENDPOINT only, buffer the JSON body, replace the locale where the
// playground set one (and the clientInfo country), fix Content-Length, send. Everything else passes untouched.
//
// Enabled when DANVAN_PLAYGROUND_LOCALE is set (run.sh defaults it to vi-VN; set it empty to keep en-US).
'use strict';

const http = require('http');

const locale = process.env.DANVAN_PLAYGROUND_LOCALE;
const botEndpoint = process.env.BOT_ENDPOINT;

function setLocale(activity) {
  if (!activity || typeof activity !== 'object' || typeof activity.type !== 'string') return false;
  let changed = false;
  if (typeof activity.locale === 'string') {
    activity.locale = locale;
    changed = true;
  }
  for (const entity of Array.isArray(activity.entities) ? activity.entities : []) {
    if (entity && entity.type === 'clientInfo' && typeof entity.locale === 'string') {
      entity.locale = locale;
      if (typeof entity.country === 'string' && locale.includes('-')) entity.country = locale.split('-').pop();
      changed = true;
    }
  }
  return changed;
}

function toBuffer(chunk, encoding) {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
}

// Hold the body back until end(), then send it (rewritten if it is an activity) in one piece. Headers have not
// gone out yet at that point, so Content-Length can still be corrected.
function rewriteBody(req) {
  const { write, end } = req;
  const chunks = [];
  req.write = function bufferedWrite(chunk, encoding, callback) {
    if (typeof encoding === 'function') callback = encoding;
    chunks.push(toBuffer(chunk, encoding));
    if (callback) process.nextTick(callback);
    return true;
  };
  req.end = function rewrittenEnd(chunk, encoding, callback) {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    req.write = write;
    req.end = end;
    if (chunks.length === 0) return end.call(req, callback);
    let body = Buffer.concat(chunks);
    try {
      const activity = JSON.parse(body.toString('utf8'));
      if (setLocale(activity)) {
        body = Buffer.from(JSON.stringify(activity), 'utf8');
        if (!req.headersSent) req.setHeader('Content-Length', body.length);
      }
    } catch {
      // Not JSON: send as it came.
    }
    return end.call(req, body, callback);
  };
}

if (locale && botEndpoint) {
  const bot = new URL(botEndpoint);
  const originalRequest = http.request;
  http.request = function requestWithLocale(...args) {
    const req = originalRequest.apply(this, args);
    try {
      if (req.method === 'POST' && req.getHeader('host') === bot.host && req.path.split('?')[0] === bot.pathname) {
        rewriteBody(req);
      }
    } catch {
      // Never break the playground over a locale.
    }
    return req;
  };
}
