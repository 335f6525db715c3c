// The office's side of Teams for the browser tests. The playground signs in one user, so a Văn phòng Sở member (the
// sample roster's Megan Bowen) speaks to the same bot over HTTP as Teams would, and what the bot posts to the
// office's chat is caught by a small Bot Connector stand-in on 127.0.0.1 (the anonymous local bot answers only
// loopback service URLs).
import http from 'node:http';

export const MEGAN = { id: '29:megan', aadObjectId: '00000000-0000-0000-0000-000000000021', name: 'Megan Bowen' };

/** The office member beside a playground session (`chat.botUrl` is read at each send, once the session is open). */
export function officeMember(chat, member = MEGAN) {
  const posted = [];
  let serviceUrl;
  let ids = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      if (req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(req.url)) posted.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${posted.length}` }));
    });
  });

  /** Posts an activity from the office member to the bot; returns the HTTP status and body (an invoke's answer). */
  async function send(type, extra) {
    const activity = {
      type, id: `office-${++ids}`, channelId: 'msteams', serviceUrl, locale: 'vi-VN', timestamp: new Date().toISOString(),
      from: { id: member.id, name: member.name, aadObjectId: member.aadObjectId },
      recipient: { id: '28:danvan', name: 'DanVan' },
      conversation: { id: `a:personal-${member.id}`, conversationType: 'personal' },
      ...extra,
    };
    const response = await fetch(`${chat.botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  return {
    /** Every activity the bot posted to the office's chat, oldest first. */
    posted,
    start: () => new Promise((done) => server.listen(0, '127.0.0.1', () => {
      serviceUrl = `http://127.0.0.1:${server.address().port}/`;
      done(serviceUrl);
    })),
    stop: () => new Promise((done) => server.close(done)),
    send,
    /** An Action.Execute click on a card the office was sent. */
    click: (verb, data) => send('invoke', { name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } }),
  };
}

/** Every Action.Execute in a card, nested ones included. */
export function actions(node) {
  if (Array.isArray(node)) return node.flatMap(actions);
  if (node && typeof node === 'object') return node.type === 'Action.Execute' ? [node] : Object.values(node).flatMap(actions);
  return [];
}
