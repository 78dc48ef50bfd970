-- Drives the language server from Neovim's built-in LSP client (0.7 and later:
-- vim.lsp.start_client, buf_attach_client, buf_request_sync), headless.
-- Reads LSP_SERVER, LSP_DRAFT, LSP_LINE, LSP_CHARACTER and LSP_OUT from the
-- environment; writes what it saw to LSP_OUT as JSON and quits.
local server = os.getenv('LSP_SERVER')
local draft = os.getenv('LSP_DRAFT')
local out = os.getenv('LSP_OUT')
local result = { diagnostics = {}, definition = {} }

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'inspection-report',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':h'),
    settings = { inspectionReport = { diagnostics = { debounce = 0 } } },
  })
  result.started = client_id ~= nil
  vim.lsp.buf_attach_client(bufnr, client_id)

  vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, { line = d.lnum, code = d.code or lsp.code, source = d.source or lsp.source, message = d.message })
  end

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = tonumber(os.getenv('LSP_LINE')), character = tonumber(os.getenv('LSP_CHARACTER')) },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/definition', params, 60000)
  for _, r in pairs(responses or {}) do
    for _, loc in ipairs(r.result or {}) do
      table.insert(result.definition, { uri = loc.uri or loc.targetUri, line = (loc.range or loc.targetSelectionRange).start.line })
    end
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then result.error = tostring(err) end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
