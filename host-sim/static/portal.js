// host-sim portal: reads the form schema the server rendered into data- attributes,
// collects values in the fields_json shape, posts actions, seals and uploads, and
// shows the plugin's refusals next to the fields they name. No framework, no build.
(function () {
  'use strict';
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var sel = function (attr, value) { return '[' + attr + '="' + CSS.escape(value) + '"]'; };
  // Limits count Unicode scalar values, not UTF-16 units: Array.from splits by code point.
  var chars = function (s) { return Array.from(s).length; };

  // One idempotency key per intended request (same URL and body): a second click while
  // the first is in flight, or a retry after a lost connection, is applied once by the
  // host. The key is dropped once an answer arrives, so the next submission is new.
  var keys = {};
  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
  }
  // The anti-forgery token the page was served with; every post sends it back.
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute('content') : '';
  function post(url, body, headers) {
    var h = headers || { 'Content-Type': 'application/json' };
    h['X-CSRF-Token'] = csrf;
    var what = typeof body === 'string' ? url + '\n' + body : null;
    if (what !== null) {
      keys[what] = keys[what] || newKey();
      h['Idempotency-Key'] = keys[what];
    }
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: h,
      body: body
    }).then(function (r) {
      if (what !== null) { delete keys[what]; }
      return r.json().catch(function () { return { ok: false, message: '服务器返回了无法识别的内容（' + r.status + '）' }; });
    }, function () { return { ok: false, message: '无法连接服务器，请稍后重试' }; });
  }

  function esc(s) {
    var d = document.createElement('div');
    d.textContent = s == null ? '' : String(s);
    return d.innerHTML;
  }

  // ---- counters and conditions ------------------------------------------------
  function updateCounter(input) {
    var c = document.querySelector('.counter' + sel('data-for', input.name));
    if (!c) return;
    var n = chars(input.value), max = Number(c.dataset.max);
    c.firstElementChild.textContent = n;
    c.classList.toggle('over', n > max);
  }

  function fieldBox(form, id) { return form.querySelector('.field' + sel('data-id', id)); }

  function currentValues(form, id) {
    var f = fieldBox(form, id);
    if (!f) return [];
    switch (f.dataset.kind) {
      case 'checkbox': return [String(f.querySelector('input').checked)];
      case 'multi-select': return $$('input:checked', f).map(function (i) { return i.value; });
      default:
        var i = f.querySelector('input,select,textarea');
        return i ? [i.value.trim()] : [];
    }
  }

  function applyConditions(form) {
    $$('.field[data-when-field]', form).forEach(function (f) {
      var any = JSON.parse(f.dataset.whenAny || '[]');
      var cur = currentValues(form, f.dataset.whenField);
      f.hidden = !cur.some(function (v) { return any.indexOf(v) >= 0; });
    });
  }

  // ---- collecting values in the fields_json shape ------------------------------
  function collect(form) {
    var out = [];
    $$('.field[data-kind]', form).forEach(function (f) {
      if (f.dataset.readonly || f.hidden) return;
      var id = f.dataset.id, had = !!f.dataset.hadValue, input = f.querySelector('input,select,textarea');
      var push = function (value) { out.push({ id: id, value: value }); };
      switch (f.dataset.kind) {
        case 'text': case 'multiline':
          if (input.value.trim() !== '' || had) push({ text: input.value });
          break;
        case 'number':
          if (input.value.trim() !== '') push({ number: Number(input.value) });
          break;
        case 'date':
          if (input.value) push({ date: input.value });
          break;
        case 'select':
          if (input.value) push({ choice: input.value });
          break;
        case 'multi-select':
          var vals = $$('input:checked', f).map(function (i) { return i.value; });
          if (vals.length || had) push({ choices: vals });
          break;
        case 'checkbox':
          push({ flag: input.checked });
          break;
        case 'table':
          var rows = [], byKey = {};
          $$('input[data-row]', f).forEach(function (cell) {
            var v = cell.value.trim();
            if (v === '') return;
            var key = cell.dataset.row;
            if (!byKey[key]) { byKey[key] = { key: key, cells: [] }; rows.push(byKey[key]); }
            var scalar = cell.dataset.colKind === 'number' && !isNaN(Number(v)) ? { number: Number(v) } : { text: v };
            byKey[key].cells.push([cell.dataset.col, scalar]);
          });
          if (rows.length || had) push({ table: rows });
          break;
        case 'attachments':
          var list = JSON.parse(f.querySelector('.attach').dataset.value).attachments || [];
          if (list.length || had) push({ attachments: list });
          break;
        case 'seal':
          var v = f.querySelector('.seal-box').dataset.value;
          if (v) push(JSON.parse(v));
          break;
      }
    });
    return out;
  }

  // ---- refusals next to their fields ------------------------------------------
  function clearErrors(form) {
    $$('.field-error', form).forEach(function (e) { e.textContent = ''; });
    $$('.invalid', form).forEach(function (e) { e.classList.remove('invalid'); });
    $$('[aria-invalid]', form).forEach(function (e) { e.removeAttribute('aria-invalid'); });
    var a = form.querySelector('.form-alert');
    if (a) { a.hidden = true; a.innerHTML = ''; }
  }

  function showErrors(form, r) {
    var alertBox = form.querySelector('.form-alert');
    var loose = [];
    (r.fields || []).forEach(function (e) {
      var el = form.querySelector(sel('data-err-key', e.field));
      if (!el) { loose.push(e.message); return; }
      el.classList.add('invalid');
      var box = el.classList.contains('field') ? el : el.closest('.field');
      if (!box) { loose.push(e.message); return; }
      box.classList.add('invalid');
      $$('input,select,textarea', box).forEach(function (c) { c.setAttribute('aria-invalid', 'true'); });
      var slot = box.querySelector('.field-error');
      slot.textContent = (slot.textContent ? slot.textContent + '；' : '') + e.message;
    });
    var title = r.kind === 'conflict' ? '版本冲突：' + r.message : r.message;
    alertBox.innerHTML = '<b>' + esc(title || '办理未成功') + '</b>' +
      ((r.fields || []).length ? '<div>请根据各字段下方的提示修改后重新提交，本次未保存任何内容。</div>' : '') +
      loose.map(function (m) { return '<div>' + esc(m) + '</div>'; }).join('');
    alertBox.hidden = false;
    // Focus moves to the first field in error (its error is announced with it through
    // aria-describedby), else to the message.
    var first = form.querySelector('.field.invalid') || alertBox;
    first.scrollIntoView({ block: 'center' });
    var control = first.querySelector && first.querySelector('input:not([type=hidden]):not([type=file]),select,textarea,button');
    if (control) { control.focus(); } else { alertBox.setAttribute('tabindex', '-1'); alertBox.focus(); }
  }

  function clearField(el) {
    var box = el.closest && el.closest('.field');
    if (!box) return;
    box.classList.remove('invalid');
    $$('.invalid', box).forEach(function (e) { e.classList.remove('invalid'); });
    $$('[aria-invalid]', box).forEach(function (e) { e.removeAttribute('aria-invalid'); });
    var slot = box.querySelector('.field-error');
    if (slot) slot.textContent = '';
  }

  function confirmed(tone, label) {
    return tone !== 'danger' || window.confirm('确定要“' + label + '”吗？此操作将记入流转记录。');
  }

  // ---- the action form ---------------------------------------------------------
  function wireForm(form) {
    $$('input[type=text],textarea', form).forEach(function (i) {
      i.addEventListener('input', function () { updateCounter(i); });
      updateCounter(i);
    });
    form.addEventListener('change', function () { applyConditions(form); });
    // Once a field is touched, its old refusal no longer applies — and a seal applied
    // before no longer binds what the form says: the plugin would refuse it as stale.
    form.addEventListener('input', function (e) { clearField(e.target); voidSeals(form, e.target); });
    form.addEventListener('change', function (e) { clearField(e.target); voidSeals(form, e.target); });
    applyConditions(form);

    $$('.attach', form).forEach(renderFiles);
    $$('input[data-upload]', form).forEach(function (input) {
      input.addEventListener('change', function () { upload(form, input); });
    });
    $$('button[data-seal]', form).forEach(function (b) {
      b.addEventListener('click', function () { applySeal(form, b); });
    });

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearErrors(form);
      var d = form.dataset;
      var opinionBox = form.querySelector('textarea[data-opinion-box]');
      var opinion = opinionBox ? opinionBox.value : null;
      if (d.opinion === 'required' && !(opinion || '').trim()) {
        showErrors(form, { message: '请填写办理意见', fields: [{ field: 'act-opinion', message: '办理意见为必填项' }] });
        return;
      }
      if (!confirmed(d.tone, d.label)) return;
      var button = form.querySelector('.submit-bar button');
      button.disabled = true;
      post('/api/act', JSON.stringify({
        case_id: d.case || null,
        action: d.action,
        values: collect(form),
        opinion: opinion,
        expected_version: d.version ? Number(d.version) : null,
        label: d.label
      })).then(function (r) {
        button.disabled = false;
        if (r.ok) { window.location.href = r.redirect; } else { showErrors(form, r); }
      });
    });
  }

  // A seal binds exactly the content it was applied to: editing anything else voids it.
  function voidSeals(form, target) {
    if (!target || (target.closest && target.closest('.seal-box'))) return;
    if (target.closest && target.closest('.opinion-box')) return;
    $$('.seal-box', form).forEach(function (box) {
      if (!box.dataset.value) return;
      box.dataset.value = '';
      box.querySelector('.seal-state').innerHTML = '<span class="unsigned voided">内容已修改，原签章已失效，请重新签章</span>';
      var b = box.querySelector('button[data-seal]');
      if (b) b.textContent = '重新签章';
    });
  }

  function applySeal(form, button) {
    var box = button.closest('.seal-box');
    var values = collect(form).filter(function (f) { return !f.value.seal; });
    button.disabled = true;
    post('/api/seal', JSON.stringify({
      case_id: form.dataset.case || null,
      action: form.dataset.action,
      field: button.dataset.seal,
      values: values
    })).then(function (r) {
      button.disabled = false;
      if (!r.ok) { window.alert(r.message || '签章失败'); return; }
      box.dataset.value = JSON.stringify(r.value);
      clearField(box);
      box.querySelector('.seal-state').innerHTML = '<span class="stamp">' + esc(r.holder) + '</span><span class="seal-meta">' +
        esc(r.capacity) + '：' + esc(r.signer) + ' 于 ' + esc(r.signed_at) + ' 签章</span>';
      button.textContent = '重新签章';
    });
  }

  function renderFiles(box) {
    var list = JSON.parse(box.dataset.value).attachments || [];
    var ul = box.querySelector('.files');
    var editable = !!box.querySelector('input[type=file]');
    ul.innerHTML = list.map(function (a, i) {
      return '<li><a href="/attachments/' + encodeURIComponent(a.id) + '">' + esc(a.name) + '</a> <small>' +
        Math.max(1, Math.round(a.size / 1024)) + ' KB</small>' +
        (editable ? ' <button type="button" class="link" data-remove="' + i + '">删除</button>' : '') + '</li>';
    }).join('') || '<li class="empty">尚未上传文件</li>';
    $$('button[data-remove]', ul).forEach(function (b) {
      b.addEventListener('click', function () {
        list.splice(Number(b.dataset.remove), 1);
        box.dataset.value = JSON.stringify({ attachments: list });
        renderFiles(box);
      });
    });
  }

  // What the field's upload rule (form.rs, upload_control) refuses, before sending.
  function tooMuch(input, file, count) {
    var d = input.dataset;
    if (d.maxFiles && count > Number(d.maxFiles)) return '最多上传 ' + d.maxFiles + ' 个文件';
    if (d.maxBytes && file.size > Number(d.maxBytes)) {
      return '文件“' + file.name + '”大小为 ' + (file.size / 1048576).toFixed(1) + ' MB，超过 ' +
        (Number(d.maxBytes) / 1048576).toFixed(1) + ' MB 的上限';
    }
    var types = (input.getAttribute('accept') || '').split(',').filter(Boolean);
    if (types.length && types.indexOf(file.type) < 0) {
      return '文件“' + file.name + '”的格式不在可上传之列（' + d.types + '）';
    }
    return null;
  }

  // An upload with its progress shown (fetch reports none); same answers as post().
  function sendFile(url, file, bar) {
    return new Promise(function (resolve) {
      var x = new XMLHttpRequest();
      x.open('POST', url);
      x.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      x.setRequestHeader('Idempotency-Key', newKey());
      x.setRequestHeader('X-CSRF-Token', csrf);
      if (bar) {
        bar.hidden = false;
        x.upload.onprogress = function (e) {
          if (!e.lengthComputable) return;
          var pct = Math.round(e.loaded * 100 / e.total);
          bar.querySelector('progress').value = pct;
          bar.querySelector('span').textContent = '正在上传“' + file.name + '”：' + pct + '%';
        };
      }
      x.onload = function () {
        if (bar) bar.hidden = true;
        try { resolve(JSON.parse(x.responseText)); } catch (e) {
          resolve({ ok: false, message: x.status === 413 ? '文件过大，服务器拒绝接收' : '服务器返回了无法识别的内容（' + x.status + '）' });
        }
      };
      x.onerror = function () { if (bar) bar.hidden = true; resolve({ ok: false, message: '无法连接服务器，请稍后重试' }); };
      x.send(file);
    });
  }

  function upload(form, input) {
    var box = input.closest('.attach');
    var files = Array.prototype.slice.call(input.files);
    var had = (JSON.parse(box.dataset.value).attachments || []).length;
    var refused = files.map(function (f, i) { return tooMuch(input, f, had + i + 1); }).filter(Boolean);
    if (refused.length) { window.alert(refused.join('\n')); input.value = ''; return; }
    var next = function () {
      var file = files.shift();
      if (!file) { input.value = ''; return; }
      var url = '/api/attachments?name=' + encodeURIComponent(file.name) +
        '&action=' + encodeURIComponent(form.dataset.action) +
        '&field=' + encodeURIComponent(input.dataset.upload) +
        (form.dataset.case ? '&case=' + encodeURIComponent(form.dataset.case) : '');
      sendFile(url, file, box.querySelector('.progress')).then(function (r) {
        if (!r.ok) { window.alert(r.message || '上传失败'); return; }
        var v = JSON.parse(box.dataset.value);
        v.attachments = (v.attachments || []).concat([r.value]);
        box.dataset.value = JSON.stringify(v);
        renderFiles(box);
        voidSeals(form, input);
        next();
      });
    };
    next();
  }

  // ---- buttons that act directly (nothing to fill in) --------------------------
  $$('button[data-act]').forEach(function (b) {
    b.addEventListener('click', function () {
      if (!confirmed(b.dataset.tone, b.dataset.label)) return;
      b.disabled = true;
      post('/api/act', JSON.stringify({
        case_id: b.dataset.case || null,
        action: b.dataset.act,
        values: [],
        expected_version: b.dataset.version ? Number(b.dataset.version) : null,
        label: b.dataset.label
      })).then(function (r) {
        b.disabled = false;
        if (r.ok) { window.location.href = r.redirect; return; }
        window.alert((r.kind === 'conflict' ? '版本冲突：' : '') + (r.message || '办理未成功'));
      });
    });
  });

  $$('form.act-form').forEach(wireForm);

  // ---- the 菜单 button: on a phone the navigation is folded away ---------------
  // The stylesheet shows the button and hides the navigation only on narrow screens;
  // here the button opens and closes it and says which through aria-expanded. Escape
  // closes it and gives the focus back to the button.
  var menu = document.querySelector('.menu-toggle[aria-controls]');
  var nav = menu && document.getElementById(menu.getAttribute('aria-controls'));
  if (menu && nav) {
    var setOpen = function (open) {
      menu.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
    };
    menu.addEventListener('click', function () { setOpen(menu.getAttribute('aria-expanded') !== 'true'); });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && menu.getAttribute('aria-expanded') === 'true') {
        setOpen(false);
        menu.focus();
      }
    });
  }

  // ---- printing ----------------------------------------------------------------
  // The 打印 button of the 申报表 page (an inline onclick would break the page's CSP).
  $$('button[data-print]').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
  // A closed <details> prints only its summary: the forms on file of a case page open
  // for printing and close again afterwards.
  var openedForPrint = [];
  window.addEventListener('beforeprint', function () {
    openedForPrint = $$('details:not([open])');
    openedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    openedForPrint.forEach(function (d) { d.open = false; });
    openedForPrint = [];
  });
})();

// 名单 chosen by row (portal/ranking.rs): a row's button sets the action form's count to
// its rank and marks the rows that will be on the list.
document.addEventListener('click', (e) => {
  const b = e.target.closest('[data-pick-count]');
  if (!b) return;
  const count = Number(b.dataset.pickCount);
  const input = document.querySelector(`form.act-form [name="${b.dataset.pickField}"]`);
  if (input) {
    input.value = String(count);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  b.closest('table').querySelectorAll('tbody tr').forEach((tr) => {
    tr.classList.toggle('picked', Number(tr.dataset.rank) <= count);
  });
});

// 常用意见 (portal/case.rs): a phrase goes into the opinion box, after what is there.
document.addEventListener('click', (e) => {
  const b = e.target.closest('[data-phrase]');
  if (!b) return;
  const box = b.closest('.opinion-box').querySelector('textarea');
  box.value = box.value.trim() ? `${box.value.trim()}；${b.dataset.phrase}` : b.dataset.phrase;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.focus();
});
