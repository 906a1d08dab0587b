// The web chat: Bot Framework Web Chat over the server's own Direct Line emulation (the local web
// chat), or over Azure Bot Service's Direct Line when the server names its domain in the page.
// This browser keeps its credential (which user it is, so its saved drafts stay its own); locally
// also the current conversation's id and token, so a reload (or a restart of the server) carries on.
(function () {
  'use strict';
  var DIRECT_LINE = (document.querySelector('meta[name="direct-line-domain"]') || {}).content || '';
  var KEY = DIRECT_LINE ? 'cse-assistant.web-chat' : 'cse-assistant.local-webchat';
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

  // Whether a journey or form is running here, read from the assistant's cards: a running journey's
  // cards offer "Save for later"; a card whose only way back is "Carry on" (an answer, the menu, the
  // 999 card) leaves things as they were; any other card (a summary, "saved", "cancelled") means none is.
  var CARD = 'application/vnd.microsoft.card.adaptive';
  var inProgress = false;
  function eventsIn(node, found) {
    if (Array.isArray(node)) {
      node.forEach(function (n) { eventsIn(n, found); });
    } else if (node && typeof node === 'object') {
      if (node.type === 'Action.Submit' && node.data && typeof node.data.event === 'string') found.push(node.data.event);
      Object.keys(node).forEach(function (key) { if (key !== 'data') eventsIn(node[key], found); });
    }
    return found;
  }
  function follow(activity) {
    var cards = ((activity && activity.attachments) || []).filter(function (a) { return a && a.contentType === CARD; });
    if (cards.length === 0) return;
    var events = eventsIn(cards.map(function (c) { return c.content; }), []);
    if (events.indexOf('flow.savedForLater') >= 0) inProgress = true;
    else if (events.indexOf('flow.resumed') < 0) inProgress = false;
  }

  // Web Chat reads each card aloud from a copy of it, naming a text, date, time or number box by a
  // property Adaptive Cards 1.5 does not have, so a screen reader hears a box with no name. For a
  // card with such a box the copy is the card's title, each input's label and each button's title.
  var UNNAMED_IN_COPY = ['Input.Text', 'Input.Date', 'Input.Time', 'Input.Number'];
  function spokenParts(node, parts) {
    if (Array.isArray(node)) {
      node.forEach(function (n) { spokenParts(n, parts); });
    } else if (node && typeof node === 'object') {
      if (typeof node.type === 'string' && node.type.indexOf('Input.') === 0 && typeof node.label === 'string') parts.push(node.label);
      if (typeof node.type === 'string' && node.type.indexOf('Action.') === 0 && typeof node.title === 'string') parts.push(node.title);
      Object.keys(node).forEach(function (key) { if (key !== 'data' && key !== 'choices') spokenParts(node[key], parts); });
    }
    return parts;
  }
  function hasUnnamedBox(node) {
    if (Array.isArray(node)) return node.some(hasUnnamedBox);
    if (!node || typeof node !== 'object') return false;
    if (UNNAMED_IN_COPY.indexOf(node.type) >= 0) return true;
    return Object.keys(node).some(function (key) { return key !== 'data' && hasUnnamedBox(node[key]); });
  }
  function cardForScreenReader() {
    return function (next) {
      return function (options) {
        var attachment = options && options.attachment;
        if (!attachment || attachment.contentType !== CARD || !attachment.content || !hasUnnamedBox(attachment.content)) return next.apply(null, arguments);
        var text = [attachment.content.speak].concat(spokenParts(attachment.content.body, []), spokenParts(attachment.content.actions, [])).filter(Boolean).join('. ');
        // Web Chat's own reading of plain text draws the copy.
        return next({ activity: options.activity, attachment: { contentType: 'text/plain', content: text } });
      };
    };
  }

  // Adaptive Cards names a group of radio buttons by its input's id, and the browser keeps one ticked per name
  // on the whole page: a card drawn again ("Carry on where I was", Back) would untick the same page's buttons on
  // the card above, so pressing Next there would send them as not seen. Each card's inputs get ids of their own,
  // tagged by the activity that brought it (the same however often Web Chat draws it); the server reads
  // `in~<tag>.<id>` as `<id>` (bot/activityToEvent.ts).
  function tagOf(activity) {
    var id = String((activity && activity.id) || '');
    var hash = 0;
    for (var i = 0; i < id.length; i += 1) hash = (hash * 31 + id.charCodeAt(i)) | 0;
    return (hash >>> 0).toString(36);
  }
  function withOwnIds(node, tag) {
    if (Array.isArray(node)) return node.map(function (n) { return withOwnIds(n, tag); });
    if (!node || typeof node !== 'object') return node;
    var copy = {};
    Object.keys(node).forEach(function (key) { copy[key] = key === 'data' ? node[key] : withOwnIds(node[key], tag); });
    if (typeof copy.type === 'string' && copy.type.indexOf('Input.') === 0 && typeof copy.id === 'string' && copy.id.indexOf('in.') === 0) copy.id = 'in~' + tag + '.' + copy.id.slice(3);
    return copy;
  }
  // Web Chat draws a card again whenever the transcript changes: the same attachment must come back as the same
  // object, or Adaptive Cards draws the card afresh and loses what was typed and ticked on it.
  var withIds = new WeakMap();
  function cardsWithOwnIds() {
    return function (next) {
      return function (options) {
        var attachment = options && options.attachment;
        if (!attachment || attachment.contentType !== CARD || !attachment.content) return next.apply(null, arguments);
        var tagged = withIds.get(attachment);
        if (!tagged) {
          tagged = Object.assign({}, attachment, { content: withOwnIds(attachment.content, tagOf(options.activity)) });
          withIds.set(attachment, tagged);
        }
        return next(Object.assign({}, options, { attachment: tagged }));
      };
    };
  }

  // The count of what is typed, shown from near the limit: a longer message is answered with the
  // limit rather than read, so the person sees it coming. A screen reader hears the count when it
  // comes near or goes over, not at every key; the send box is described by it.
  var lengthNote = document.getElementById('message-length');
  var lengthStatus = document.getElementById('message-length-status');
  var NEAR = Number(lengthNote.getAttribute('data-near'));
  var LIMIT = Number(lengthNote.getAttribute('data-limit'));
  var lengthState = 'fine';
  function sendBox() {
    return document.querySelector('#webchat [data-id="webchat-sendbox-input"], #webchat .webchat__send-box-text-box__input');
  }
  function showLength() {
    var box = sendBox();
    var typed = box && typeof box.value === 'string' ? box.value.length : 0;
    var state = typed > LIMIT ? 'over' : typed >= NEAR ? 'near' : 'fine';
    if (state !== 'fine') {
      var words = lengthNote.getAttribute(state === 'over' ? 'data-over' : 'data-count');
      lengthNote.textContent = words.replace('{typed}', typed.toLocaleString(document.documentElement.lang || undefined));
    }
    lengthNote.hidden = state === 'fine';
    lengthNote.classList.toggle('over', state === 'over');
    if (state !== lengthState) lengthStatus.textContent = state === 'fine' ? '' : lengthNote.textContent;
    lengthState = state;
    if (box && !box.hasAttribute('aria-describedby')) box.setAttribute('aria-describedby', 'message-length');
  }
  // Web Chat empties the box when it sends, without an input event: the count is looked at again then too.
  function showLengthSoon() {
    window.setTimeout(showLength, 0);
  }
  document.addEventListener('input', showLength, true);
  document.addEventListener('keyup', showLengthSoon, true);
  document.addEventListener('click', showLengthSoon, true);

  var directLine;
  function startAgain() {
    var state = load();
    save({ browser: state.browser });
    window.location.reload();
  }
  // Leaving asks once when something is in progress; on "yes" the journey is saved in the drafts first
  // (the same as typing "save for later"), so it can be resumed from the new conversation.
  function leave() {
    var dialog = document.getElementById('leave');
    if (!inProgress || !directLine || !dialog || typeof dialog.showModal !== 'function') return startAgain();
    dialog.showModal();
  }
  function saveThenStartAgain() {
    document.getElementById('leave-confirm').disabled = true;
    directLine.postActivity({ type: 'message', from: { id: userID || PAGE_USER }, locale: 'en-GB', text: 'save for later' }).subscribe({
      complete: startAgain,
      error: function () {
        document.getElementById('leave').close();
        showUnavailable();
      },
    });
  }

  function showUnavailable() {
    document.getElementById('unavailable').hidden = false;
  }

  async function open() {
    var state = load();
    if (!(await reconnect(state)) && !(await resume(state))) await start(state);
    directLine = window.WebChat.createDirectLine({ domain: BASE, webSocket: false, pollingInterval: 500, token: state.token, conversationId: state.conversationId });
    directLine.activity$.subscribe(follow);
    directLine.activity$.subscribe(showLengthSoon);
    directLine.connectionStatus$.subscribe(function (status) {
      // 4 is FailedToConnect, 5 is Ended (the conversation expired or the server restarted).
      if (status === 4 || status === 5) showUnavailable();
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: PAGE_USER,
        locale: 'en-GB',
        styleOptions: { hideUploadButton: true },
        attachmentMiddleware: [cardsWithOwnIds],
        attachmentForScreenReaderMiddleware: [cardForScreenReader],
      },
      document.getElementById('webchat')
    );
  }

  // Through Azure Bot Service: the server exchanges its secret for a token bound to this browser's
  // user (and never gives the page the secret); Web Chat takes the user from the token.
  var userID;
  async function openDirectLine() {
    var state = load();
    var headers = { Accept: 'application/json' };
    if (state.browser) headers.Authorization = 'Bearer ' + state.browser;
    var response = await window.fetch('/api/directline/token', { method: 'POST', headers: headers, credentials: 'omit', cache: 'no-store' });
    if (!response.ok) throw new Error('no Direct Line token (' + response.status + ')');
    var given = await response.json();
    if (given.browserCredential) {
      state.browser = given.browserCredential;
      save(state);
    }
    userID = userOf(given.token);
    if (!userID) throw new Error('the Direct Line token names no user');
    directLine = window.WebChat.createDirectLine({ domain: DIRECT_LINE, token: given.token });
    directLine.activity$.subscribe(follow);
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === 4 || status === 5) showUnavailable();
    });
    window.WebChat.renderWebChat(
      { directLine: directLine, locale: 'en-GB', styleOptions: { hideUploadButton: true }, attachmentMiddleware: [cardsWithOwnIds] },
      document.getElementById('webchat')
    );
  }
  // A Direct Line token is a JWT naming the user it is bound to, as Web Chat itself reads it.
  function userOf(token) {
    try {
      var payload = String(token).split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      var user = JSON.parse(window.atob(payload)).user;
      return typeof user === 'string' && user ? user : undefined;
    } catch (e) {
      return undefined;
    }
  }

  document.getElementById('new-conversation').addEventListener('click', leave);
  document.getElementById('leave-cancel').addEventListener('click', function () {
    document.getElementById('leave').close();
  });
  document.getElementById('leave-confirm').addEventListener('click', saveThenStartAgain);
  (DIRECT_LINE ? openDirectLine() : open()).catch(showUnavailable);
})();
