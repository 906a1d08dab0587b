// The local web chat: Bot Framework Web Chat over the server's own Direct Line emulation.
// The conversation id is kept in this browser so a reload or a server restart carries on.
(function () {
  'use strict';
  var KEY = 'cse-assistant.local-webchat';
  var saved = null;
  try { saved = JSON.parse(window.localStorage.getItem(KEY) || 'null'); } catch (e) { saved = null; }
  var userId = (saved && saved.userId) || 'u-' + window.crypto.randomUUID().replace(/-/g, '').slice(0, 24);
  var options = { domain: window.location.origin + '/v3/directline', webSocket: false, pollingInterval: 500, token: 'local' };
  if (saved && saved.conversationId && saved.token) {
    options.conversationId = saved.conversationId;
    options.token = saved.token;
  }
  var directLine = window.WebChat.createDirectLine(options);
  directLine.connectionStatus$.subscribe(function (status) {
    // 2 is Online: the conversation id and token are known now.
    if (status === 2 && directLine.conversationId) {
      window.localStorage.setItem(KEY, JSON.stringify({ userId: userId, conversationId: directLine.conversationId, token: directLine.token }));
    }
  });
  window.WebChat.renderWebChat(
    { directLine: directLine, userID: userId, locale: 'en-GB', styleOptions: { hideUploadButton: true } },
    document.getElementById('webchat')
  );
  document.getElementById('new-conversation').addEventListener('click', function () {
    window.localStorage.setItem(KEY, JSON.stringify({ userId: userId }));
    window.location.reload();
  });
})();
