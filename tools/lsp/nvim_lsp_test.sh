#!/usr/bin/env bash
# claimcheck's language server driven by a real client: headless Neovim's
# built-in LSP client opens a Markdown article, receives the diagnostics
# (their byte columns, which Neovim converts from the server's UTF-16
# positions, checked past an emoji and curly quotes), applies the code
# action of one, and the buffer and the file then read as expected; the
# diagnostics update after the edit.
set -euo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
nvim=$(command -v nvim || true)
if [ -z "$nvim" ]; then
  echo "nvim_lsp_test: Neovim is missing; run tools/setup.sh --tests" >&2
  exit 1
fi
tmp=$(mktemp -d "${TEST_TMPDIR:-/tmp}/nvim.XXXXXX")
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state \
  XDG_CACHE_HOME=$tmp/cache
mkdir -p "$tmp/news"
# The story's second line: an emoji (2 UTF-16 units, 4 bytes) and curly
# quotes (1 unit, 3 bytes each) before the loaded verb; the quote's own
# "claimed" is the speaker's word and is not flagged.
printf '%s\n' \
  '# Depot vote 🗳' \
  '' \
  '“We claimed nothing,” the owners said. 🗳 Councillor Ana Ruiz claimed that the depot was unsafe.' \
  '' \
  'It is understood that the vote is close.' > "$tmp/news/article.md"
printf 'disable: [hedged]\n' > "$tmp/news/.claimcheck.yaml"

cat > "$tmp/test.lua" <<LUA
local out = {}
local function say(s) table.insert(out, s) end
local path = "$tmp/news/article.md"
vim.cmd("edit " .. path)
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({ name = "claimcheck", cmd = { "$bin", "lsp" }, root_dir = "$tmp/news" })
vim.lsp.buf_attach_client(buf, client)
local function diagnostics()
  local d = vim.diagnostic.get(buf)
  table.sort(d, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return d
end
local function dump(tag)
  for _, d in ipairs(diagnostics()) do
    say(string.format("%s %d:%d-%d:%d %s %d %s", tag, d.lnum, d.col, d.end_lnum, d.end_col, d.code, d.severity, d.message))
  end
end
if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then say("no diagnostics") end
dump("open")
-- The code action at the loaded verb, applied as the editor would.
local d = diagnostics()
local target
for _, x in ipairs(d) do if x.code == "attribution.doubt" then target = x end end
local line = vim.api.nvim_buf_get_lines(buf, target.lnum, target.lnum + 1, false)[1]
local _, character = vim.str_utfindex(line, target.col)  -- (UTF-32, UTF-16): the protocol counts UTF-16
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = target.lnum, character = character }, ["end"] = { line = target.lnum, character = character } },
  context = { diagnostics = {} } }
local replies = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000)
local applied = false
for _, reply in pairs(replies or {}) do
  for _, action in ipairs(reply.result or {}) do
    if not applied and action.edit then
      say("action " .. action.title)
      vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
      applied = true
    end
  end
end
vim.cmd("write")
if not vim.wait(20000, function()
  for _, x in ipairs(vim.diagnostic.get(buf)) do if x.code == "attribution.doubt" then return false end end
  return true
end, 50) then say("diagnostics not updated") end
dump("after")
vim.lsp.stop_client(client)
vim.fn.writefile(out, "$tmp/result.txt")
vim.cmd("qa!")
LUA
( cd "$tmp/news" && timeout 120 "$nvim" --headless --clean -u NONE -c "luafile $tmp/test.lua" ) > "$tmp/nvim.log" 2>&1 || {
  echo "nvim_lsp_test: Neovim failed:" >&2
  cat "$tmp/nvim.log" >&2
  exit 1
}
cat > "$tmp/expected.txt" <<'TXT'
open 2:68-2:75 attribution.doubt 2 “claimed” casts doubt on what Councillor Ana Ruiz said; “said” is neutral
open 4:0-4:16 unsourced.agentless 2 “it is understood” attributes the claim to no one; say who announced, expects or believes it (also unsourced.weasel)
action Replace “claimed” with “said”
after 4:0-4:16 unsourced.agentless 2 “it is understood” attributes the claim to no one; say who announced, expects or believes it (also unsourced.weasel)
TXT
status=0
if ! diff -u "$tmp/expected.txt" "$tmp/result.txt"; then
  echo "nvim_lsp_test: FAILED: diagnostics or the code action differ (log: $tmp/nvim.log)" >&2
  status=1
fi
want='“We claimed nothing,” the owners said. 🗳 Councillor Ana Ruiz said that the depot was unsafe.'
if [ "$(sed -n 3p "$tmp/news/article.md")" != "$want" ]; then
  echo "nvim_lsp_test: FAILED: after the code action the file reads:" >&2
  cat "$tmp/news/article.md" >&2
  status=1
fi
[ "$status" -eq 0 ] && echo "nvim_lsp_test: passed"
exit "$status"
