-- Drives Neovim's built-in LSP client against the govreport server through neovim/lua/govreport.lua,
-- the set-up the README gives, as a user would: open a report, change one cell, wait for the
-- diagnostic, take the quick fix the code action menu offers, format. What it sees is written as JSON
-- for the Node test to judge.
local env = vim.env
local seen = {}

local function wait_for(what, condition)
  if not vim.wait(tonumber(env.GOVREPORT_NVIM_WAIT_MS or 60000), condition, 50) then
    error('timed out waiting for ' .. what)
  end
end

-- Answers the code action menu, noting every title offered and, if asked to, picking the first quick fix.
local function answer_menu(offered, pick)
  vim.ui.select = function(items, opts, on_choice)
    for index, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or tostring(item)
      offered[#offered + 1] = title
      if pick and item[2] and item[2].kind == 'quickfix' then
        seen.chosen = title
        return on_choice(item, index)
      end
    end
    on_choice(nil)
  end
end

local function run()
  vim.opt.runtimepath:prepend(env.GOVREPORT_NVIM_PLUGIN)
  local govreport = require('govreport')
  govreport.setup { cmd = { env.GOVREPORT_TEST_JAVA, '-jar', env.GOVREPORT_JAR, 'lsp' }, root_dir = env.GOVREPORT_NVIM_WORKSPACE }
  vim.cmd('edit ' .. vim.fn.fnameescape(env.GOVREPORT_NVIM_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  wait_for('the diagnostics of the opened report', function() return govreport.published(bufnr) ~= nil end)
  -- errors and warnings only: alone in its folder the report also gets the information that last
  -- year's report is not there
  seen.diagnostics_on_open = 0
  for _, d in ipairs(govreport.published(bufnr)) do
    if d.severity <= 2 then seen.diagnostics_on_open = seen.diagnostics_on_open + 1 end
  end

  -- One cell: the first applicant count of 一、本年新收…, 0 → 1 (a line full of Chinese before it).
  local row = tonumber(env.GOVREPORT_NVIM_ROW) - 1
  local line = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, true)[1]
  local cell = line:find('| 0 |', 1, true) + 1
  vim.api.nvim_buf_set_text(bufnr, row, cell, row, cell + 1, { '1' })
  seen.edited_byte_column = cell

  local wanted = env.GOVREPORT_NVIM_CODE
  local diagnostic
  wait_for('the diagnostic ' .. wanted, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == wanted then diagnostic = d return true end
    end
    return false
  end)
  local edited = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, true)[1]
  seen.diagnostic = { lnum = diagnostic.lnum, col = diagnostic.col, end_col = diagnostic.end_col,
    message = diagnostic.message, text = edited:sub(diagnostic.col + 1, diagnostic.end_col) }
  for _, d in ipairs(govreport.published(bufnr, row)) do
    if d.code == wanted then seen.utf16_range = d.range end
  end

  vim.api.nvim_win_set_cursor(0, { row + 1, diagnostic.col })
  -- Neovim's own menu first, only looked at: 0.7 sends byte columns (51 here, for UTF-16 19).
  seen.offered_with_byte_columns = {}
  answer_menu(seen.offered_with_byte_columns, false)
  vim.lsp.buf.code_action()
  vim.wait(3000, function() return #seen.offered_with_byte_columns > 0 end, 50)
  seen.offered = {}
  answer_menu(seen.offered, true)
  govreport.code_action()
  wait_for('the quick fix to change the buffer', function()
    return vim.api.nvim_buf_get_lines(bufnr, row, row + 1, true)[1] ~= edited
  end)
  seen.fixed_line = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, true)[1]

  vim.lsp.buf.formatting_sync(nil, 20000)
  seen.formatted = vim.api.nvim_buf_get_lines(bufnr, 0, -1, true)
  vim.lsp.stop_client(govreport.client_id)
end

local ok, problem = pcall(run)
if not ok then seen.error = tostring(problem) end
vim.fn.writefile({ vim.fn.json_encode(seen) }, env.GOVREPORT_NVIM_RESULT)
vim.cmd('qall!')
