'use strict';
/* global module */
// restify 11 requires spdy when it loads, and uses it only when a server is created with
// `options.spdy`. The assistant never does (bot/server.ts), so this refuses instead of loading
// the unmaintained spdy, whose http-deceiver calls process.binding('http_parser'), gone in Node 24.
module.exports = {
  createServer() {
    throw new Error('SPDY is not supported by this assistant: serve HTTP/1.1 (or HTTP/2 through restify\'s http2 option)');
  },
};
