// The local web chat: Bot Framework Web Chat over the server's own Direct Line emulation.
// This browser keeps its credential (which user it is, so its saved drafts stay its own) and the
// current conversation's id and token, so a reload (or a restart of the server) carries on.
(function () {
  'use strict';
  var KEY = 'cse-assistant.local-webchat';
  var BASE = window.location.origin + '/v3/directline';
  // How the page names its own messages; the server decides which user they come from.
  var PAGE_USER = 'local-user';

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(KEY) || 'null');
      return saved && typeof saved === 'object' ? saved : {};
    } catch (e) {
      return {};
    }
  }
  function save(state) {
    window.localStorage.setItem(KEY, JSON.stringify(state));
  }
  function call(method, path, bearer, body) {
    var headers = { Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    if (bearer) headers.Authorization = 'Bearer ' + bearer;
    return window.fetch(BASE + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, credentials: 'omit', cache: 'no-store' });
  }

  async function reconnect(state) {
    if (!state.conversationId || !state.token) return false;
    try {
      return (await call('GET', '/conversations/' + encodeURIComponent(state.conversationId), state.token)).ok;
    } catch (e) {
      return false;
    }
  }

  // After a restart or a long pause the server has forgotten the conversation; its state is in
  // storage, and this browser (credential and token together) may take it up again.
  async function resume(state) {
    if (!state.conversationId || !state.token || !state.browser) return false;
    try {
      var body = { locale: 'en-GB', resume: { conversationId: state.conversationId, token: state.token } };
      return (await call('POST', '/conversations', state.browser, body)).status === 201;
    } catch (e) {
      return false;
    }
  }

  async function start(state) {
    var response = await call('POST', '/conversations', state.browser, { locale: 'en-GB' });
    // A credential this server did not issue (its key was replaced): ask for a new one.
    if (response.status === 401 && state.browser) {
      delete state.browser;
      response = await call('POST', '/conversations', undefined, { locale: 'en-GB' });
    }
    if (!response.ok) throw new Error('the conversation could not be started (' + response.status + ')');
    var created = await response.json();
    if (created.browserCredential) state.browser = created.browserCredential;
    state.conversationId = created.conversationId;
    state.token = created.token;
    save(state);
  }

  function showUnavailable() {
    document.getElementById('unavailable').hidden = false;
  }

  async function open() {
    var state = load();
    if (!(await reconnect(state)) && !(await resume(state))) await start(state);
    var directLine = window.WebChat.createDirectLine({ domain: BASE, webSocket: false, pollingInterval: 500, token: state.token, conversationId: state.conversationId });
    directLine.connectionStatus$.subscribe(function (status) {
      // 4 is FailedToConnect, 5 is Ended (the conversation expired or the server restarted).
      if (status === 4 || status === 5) showUnavailable();
    });
    window.WebChat.renderWebChat(
      { directLine: directLine, userID: PAGE_USER, locale: 'en-GB', styleOptions: { hideUploadButton: true } },
      document.getElementById('webchat')
    );
  }

  document.getElementById('new-conversation').addEventListener('click', function () {
    var state = load();
    save({ browser: state.browser });
    window.location.reload();
  });
  open().catch(showUnavailable);
})();
