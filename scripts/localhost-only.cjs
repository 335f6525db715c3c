// Preload (`node --require ./scripts/localhost-only.cjs app.js`) that keeps a Node process on this machine:
// every TCP server it starts listens on 127.0.0.1 only, and every TCP connection it opens goes to a loopback
// address only.
//
// Why: the Microsoft 365 Agents Playground calls `server.listen(port, cb)` with no host, which in Node means every
// interface (0.0.0.0 / ::), and it has no option to change that. DanVan's local tools must never be reachable
// from the network. It also probes the cloud metadata service (169.254.169.254, from Application Insights'
// statsbeat) even with --disable-telemetry; run.sh turns that off, and this file refuses any such connection
// should another one appear in a later version.
//
// listen: we rewrite the host at the one place all servers go through, net.Server.prototype.listen (http.Server
// and the WebSocket server inherit from it). The call shapes Node accepts, and what we do with each:
//   listen()  listen(cb)                      -> listen(0, '127.0.0.1', [cb])
//   listen(port, [host], [backlog], [cb])     -> host replaced (or inserted) with '127.0.0.1'
//   listen({ port, host, ... }, [cb])         -> options copied with host '127.0.0.1'
//   listen('/unix/socket'), listen({ path }), listen(handle), listen({ fd }), listen({ handle })
//                                             -> untouched: not TCP, nothing to expose
//
// connect: net.Socket.prototype.connect (used by http, https, tls, ws) fails with ECONNREFUSED, asynchronously
// like a real refusal, for any host that is not localhost, 127.0.0.0/8 or ::1. Unix sockets are untouched.
'use strict';

const net = require('net');

const HOST = '127.0.0.1';

// ---- listen ------------------------------------------------------------------------------------------------

const originalListen = net.Server.prototype.listen;

function isPort(value) {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

function forceLoopback(args) {
  const [first] = args;

  if (first === undefined || first === null || typeof first === 'function') {
    // listen() / listen(cb): a random port on every interface in stock Node.
    return [0, HOST, ...args.slice(first === undefined || first === null ? 1 : 0)];
  }

  if (isPort(first)) {
    const rest = args.slice(1);
    if (typeof rest[0] === 'string') rest[0] = HOST; // an explicit host, e.g. '0.0.0.0' or '::'
    else rest.unshift(HOST);                        // backlog and/or callback follow the port
    return [first, ...rest];
  }

  if (typeof first === 'object') {
    const isTcpOptions =
      first.path === undefined && first.fd === undefined && first.handle === undefined && !('_handle' in first);
    if (isTcpOptions) return [{ ...first, host: HOST }, ...args.slice(1)];
  }

  return args; // unix socket path, handle or fd
}

net.Server.prototype.listen = function listenOnLoopbackOnly(...args) {
  return originalListen.apply(this, forceLoopback(args));
};

// ---- connect -----------------------------------------------------------------------------------------------

const originalConnect = net.Socket.prototype.connect;

function isLoopbackHost(host) {
  if (host === undefined || host === null || host === '') return true; // Node's default is localhost
  const h = String(host).toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(h);
}

// The host a connect() call targets (undefined = Node's default, localhost), or null for connect(path). Node's
// own callers (http.Agent via net.createConnection) pass their normalized [options, cb] array as the first
// argument. An options object is judged by its host alone: http's options also carry the URL path in `path`.
function targetHost(args) {
  let [first] = args;
  if (Array.isArray(first)) [first] = first;
  if (first !== null && typeof first === 'object') return first.host;
  if (isPort(first)) return typeof args[1] === 'string' ? args[1] : undefined;
  return null; // connect(path)
}

net.Socket.prototype.connect = function connectToLoopbackOnly(...args) {
  const host = targetHost(args);
  if (host !== null && !isLoopbackHost(host)) {
    const error = new Error(`connect ECONNREFUSED ${host} (refused by scripts/localhost-only.cjs: loopback only)`);
    error.code = 'ECONNREFUSED';
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return originalConnect.apply(this, args);
};
