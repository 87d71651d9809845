-- The language server in a second, independent LSP client: Neovim (Debian's 0.7.2), headless.
-- Run by test/e2e/neovim/run.sh:
--   nvim --headless --clean -c 'luafile test/e2e/neovim/lsp.test.lua'
-- with CVLINT_SERVER_JS (dist/server.js) and CVLINT_NVIM_WS (a scratch copy of test/e2e/workspace).
-- Prints one line per test and `neovim: N passed, N failed`; exits non-zero if any failed.

local server_js = assert(os.getenv('CVLINT_SERVER_JS'), 'CVLINT_SERVER_JS is not set')
local ws = assert(os.getenv('CVLINT_NVIM_WS'), 'CVLINT_NVIM_WS is not set')

local function out(line)
  io.stdout:write(line .. '\n')
end

local passed, failed = 0, 0
local function test(name, fn)
  local ok, err = pcall(fn)
  if ok then
    passed = passed + 1
    out('ok   ' .. name)
  else
    failed = failed + 1
    out('FAIL ' .. name .. ': ' .. tostring(err))
  end
end

local function check(condition, message)
  if not condition then error(message, 2) end
end

-- The last publishDiagnostics per URI, as the server sent them (LSP shapes, for codeAction contexts).
local published = {}
-- Empty settings must go out as a JSON object ({}), not an empty array.
local settings = { cvlint = vim.empty_dict() }

local client_id = vim.lsp.start_client({
  name = 'cvlint',
  cmd = { 'node', server_js, '--stdio' },
  root_dir = ws,
  settings = settings,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[result.uri] = result
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
    end,
    -- Settings warnings would otherwise go to the message area.
    ['window/showMessage'] = function(_, result)
      out('server message: ' .. result.message)
    end,
  },
})

local function client()
  return vim.lsp.get_client_by_id(client_id)
end

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/' .. name))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  return bufnr
end

local function rule_ids(bufnr)
  local ids = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'cvlint' then table.insert(ids, tostring(d.code)) end
  end
  table.sort(ids)
  return table.concat(ids, ',')
end

local function wait_for_rule_ids(bufnr, expected, what)
  local ok = vim.wait(15000, function() return rule_ids(bufnr) == expected end, 50)
  check(ok, (what or 'diagnostics') .. ': expected [' .. expected .. '], got [' .. rule_ids(bufnr) .. ']')
end

local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 10000)
  check(responses, method .. ' got no answer: ' .. tostring(err))
  local response = responses[client_id]
  check(response, method .. ': no answer from cvlint')
  check(not response.err, method .. ' failed: ' .. vim.inspect(response.err))
  return response.result
end

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
end

local function line_of(bufnr, text)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line == text then return index - 1 end
  end
  error('no line "' .. text .. '"', 2)
end

local italian, english

test('starts the server and gets its capabilities', function()
  check(client_id, 'start_client returned no id')
  local ok = vim.wait(15000, function() return client() ~= nil and client().initialized end, 50)
  check(ok, 'the server did not initialize')
  local capabilities = client().server_capabilities
  check(capabilities.codeActionProvider, 'no codeActionProvider')
  check(capabilities.completionProvider, 'no completionProvider')
  check(capabilities.hoverProvider, 'no hoverProvider')
  check(capabilities.documentSymbolProvider, 'no documentSymbolProvider')
end)

test('an Italian CV gets the missing-section diagnostic', function()
  italian = open('cv-it.md')
  wait_for_rule_ids(italian, 'missing-section')
  local d = vim.diagnostic.get(italian)[1]
  check(d.severity == vim.diagnostic.severity.ERROR, 'severity ' .. tostring(d.severity))
  check(d.message:find('Competenze linguistiche', 1, true), 'message: ' .. d.message)
end)

test('an English CV with its contact details at the top gets contact-position', function()
  english = open('resume-en.md')
  wait_for_rule_ids(english, 'contact-position')
end)

test('the quick fix from textDocument/codeAction adds the section and the diagnostic clears', function()
  local uri = vim.uri_from_bufnr(italian)
  local diagnostics = published[uri].diagnostics
  local actions = request(italian, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = diagnostics[1].range,
    context = { diagnostics = diagnostics, only = { 'quickfix' } },
  })
  local fix
  for _, action in ipairs(actions or {}) do
    if action.isPreferred and action.title:find('Competenze linguistiche', 1, true) then fix = action end
  end
  check(fix, 'no preferred fix among: ' .. vim.inspect(vim.tbl_map(function(a) return a.title end, actions or {})))
  vim.lsp.util.apply_workspace_edit(fix.edit, client().offset_encoding or 'utf-16')
  local text = buffer_text(italian)
  check(text:find('\n## Competenze linguistiche\n\n%- Lingua madre: %[lingua%]\n'), 'section not inserted:\n' .. text)
  check(text:find('## Competenze linguistiche', 1, true) < text:find('## Competenze personali', 1, true), 'not in the profile order')
  -- The new section holds fields to fill in ([lingua], [Lingua], [livello QCER]): the placeholder rule asks for them.
  wait_for_rule_ids(italian, 'placeholder,placeholder,placeholder', 'after the fix')
end)

test('fix all (source.fixAll.cvlint) fixes every finding that has one fix', function()
  local bufnr = open('cv-fixall-it.md')
  wait_for_rule_ids(bufnr, 'empty-section,missing-keywords,missing-section')
  local actions = request(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll' } },
  })
  check(#actions == 1 and actions[1].kind == 'source.fixAll.cvlint', 'actions: ' .. vim.inspect(actions))
  vim.lsp.util.apply_workspace_edit(actions[1].edit, client().offset_encoding or 'utf-16')
  check(buffer_text(bufnr):find('\n## Competenze linguistiche\n', 1, true), 'section not inserted')
  local ok = vim.wait(15000, function()
    local ids = rule_ids(bufnr)
    return not ids:find('missing-section', 1, true) and not ids:find('empty-section', 1, true)
  end, 50)
  check(ok, 'left after fix all: ' .. rule_ids(bufnr))
end)

test('completion offers the profile’s headings and section snippets', function()
  local row = line_of(english, '## Language skills')
  vim.api.nvim_buf_set_lines(english, row, row, false, { '## ', '' })
  local result = request(english, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(english) },
    position = { line = row, character = 3 },
  })
  local items = result and (result.items or result) or {}
  local headings, snippets = {}, 0
  for _, item in ipairs(items) do
    if item.kind == vim.lsp.protocol.CompletionItemKind.Module then headings[item.label] = true end
    if item.kind == vim.lsp.protocol.CompletionItemKind.Snippet and item.insertTextFormat == 2 then snippets = snippets + 1 end
  end
  check(headings['Work experience'] and headings['Personal skills'], 'headings: ' .. vim.inspect(vim.tbl_keys(headings)))
  check(snippets > 0, 'no section snippet among ' .. #items .. ' items')
  vim.api.nvim_buf_set_lines(english, row, row + 2, false, {})
  check(buffer_text(english):find('\n## Language skills\n', 1, true), 'buffer restored')

  local skills = line_of(english, '- Excel, Word, Outlook, Sage')
  vim.api.nvim_buf_set_lines(english, skills + 1, skills + 1, false, { '- Power' })
  local keywords = request(english, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(english) },
    position = { line = skills + 1, character = 7 },
  })
  local labels = {}
  for _, item in ipairs(keywords and (keywords.items or keywords) or {}) do labels[item.label] = item.kind end
  vim.api.nvim_buf_set_lines(english, skills + 1, skills + 2, false, {})
  check(labels['PowerPoint'] == vim.lsp.protocol.CompletionItemKind.Keyword, 'keywords: ' .. vim.inspect(vim.tbl_keys(labels)))
  check(labels['Excel'] == nil, 'Excel is already in the CV')
end)

test('hover on a section heading and the document outline answer', function()
  local uri = vim.uri_from_bufnr(english)
  local row = line_of(english, '## Technical skills')
  local hover = request(english, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = row, character = 4 } })
  check(hover and hover.contents, 'no hover')
  local value = hover.contents.value or vim.inspect(hover.contents)
  check(value:find('Technical skills', 1, true) and value:find('Excel', 1, true), 'hover: ' .. value)
  local symbols = request(english, 'textDocument/documentSymbol', { textDocument = { uri = uri } })
  check(#symbols == 1 and symbols[1].name == 'Thomas Avery', 'symbols: ' .. vim.inspect(symbols))
  local names = vim.tbl_map(function(s) return s.name end, symbols[1].children or {})
  check(table.concat(names, '|') == 'Work experience|Education and training|Technical skills|Language skills|Personal skills', 'sections: ' .. table.concat(names, '|'))
end)

test('settings pushed with workspace/didChangeConfiguration change the diagnostics', function()
  settings.cvlint = { contactPosition = 'start' }
  client().notify('workspace/didChangeConfiguration', { settings = settings })
  wait_for_rule_ids(english, '', 'contactPosition start')
  settings.cvlint = vim.empty_dict()
  client().notify('workspace/didChangeConfiguration', { settings = settings })
  wait_for_rule_ids(english, 'contact-position', 'contactPosition back to the default')
end)

test('a README gets no diagnostics', function()
  local readme = open('README.md')
  local status = request(readme, 'cvlint/documentStatus', { uri = vim.uri_from_bufnr(readme) })
  check(status and status.state == 'not-a-cv', 'status: ' .. vim.inspect(status))
  vim.wait(500)
  check(#vim.diagnostic.get(readme) == 0, 'diagnostics: ' .. rule_ids(readme))
end)

out(string.format('neovim: %d passed, %d failed', passed, failed))
if client() then client().stop() end
vim.wait(2000, function() return client() == nil end, 50)
vim.cmd(failed == 0 and 'qa!' or 'cquit 1')
