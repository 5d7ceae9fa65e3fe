-- govreport for Neovim's built-in LSP client, 0.7 and later: put this folder on 'runtimepath' and call
--   require('govreport').setup { cmd = { 'java', '-jar', '/path/to/govreport.jar', 'lsp' } }
-- It starts one server for all *.govreport buffers and keeps the diagnostics exactly as the server
-- published them, because Neovim 0.7's own code_action() hands them back with byte columns instead of
-- UTF-16 ones, and on a line of Chinese the server then finds none of its diagnostics there.
local M = { client_id = nil }
local published = {} -- file name → the server's diagnostics, UTF-16 ranges

local function on_publish_diagnostics(err, params, ctx, config)
  published[vim.uri_to_fname(params.uri)] = params.diagnostics
  return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
end

function M.attach(bufnr, options)
  local client = M.client_id and vim.lsp.get_client_by_id(M.client_id)
  if not client or client.is_stopped() then
    M.client_id = vim.lsp.start_client {
      name = 'govreport',
      cmd = options.cmd or { 'java', '-jar', 'govreport.jar', 'lsp' },
      root_dir = options.root_dir or vim.fn.getcwd(),
      handlers = { ['textDocument/publishDiagnostics'] = on_publish_diagnostics },
    }
  end
  vim.lsp.buf_attach_client(bufnr, M.client_id)
end

--- The diagnostics the server last published for a buffer (nil before the first), optionally one line's.
function M.published(bufnr, line)
  local all = published[vim.api.nvim_buf_get_name(bufnr)]
  if not all or not line then return all end
  return vim.tbl_filter(function(d) return d.range.start.line <= line and line <= d.range['end'].line end, all)
end

--- The code action menu for the cursor's line, with the server's own diagnostics as context.
function M.code_action()
  local line = vim.api.nvim_win_get_cursor(0)[1] - 1
  vim.lsp.buf.code_action { diagnostics = M.published(vim.api.nvim_get_current_buf(), line) or {} }
end

function M.setup(options)
  options = options or {}
  local group = vim.api.nvim_create_augroup('govreport', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { group = group, pattern = '*.govreport',
    callback = function() vim.bo.filetype = 'govreport' end })
  vim.api.nvim_create_autocmd('FileType', { group = group, pattern = 'govreport',
    callback = function(args) M.attach(args.buf, options) end })
end

return M
