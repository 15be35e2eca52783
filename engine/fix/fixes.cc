#include "engine/fix/fixes.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace claimcheck {

std::vector<TextEdit> FileEdits(const Document& doc, const std::vector<Finding>& findings) {
  std::vector<TextEdit> edits;
  absl::string_view original = doc.original();
  for (const Finding& f : findings) {
    for (const Fix& x : f.fixes) {
      Span o = doc.ToOriginal(x.span);
      if (o.end > original.size() || o.start > o.end) continue;
      if (original.substr(o.start, o.size()) !=
          absl::string_view(doc.text).substr(x.span.start, x.span.size())) {
        continue;
      }
      edits.push_back(TextEdit{o.start, o.end, x.replacement});
    }
  }
  std::stable_sort(edits.begin(), edits.end(),
                   [](const TextEdit& a, const TextEdit& b) { return a.start < b.start; });
  std::vector<TextEdit> kept;
  for (TextEdit& e : edits) {
    if (!kept.empty() && e.start < kept.back().end) continue;
    if (!kept.empty() && e == kept.back()) continue;
    kept.push_back(std::move(e));
  }
  return kept;
}

std::string ApplyEdits(absl::string_view text, const std::vector<TextEdit>& edits) {
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  for (const TextEdit& e : edits) {
    absl::StrAppend(&out, text.substr(at, e.start - at), e.replacement);
    at = e.end;
  }
  absl::StrAppend(&out, text.substr(at));
  return out;
}

namespace {

// The lines of `text`, each with its '\n' (the last may have none).
std::vector<absl::string_view> Lines(absl::string_view text) {
  std::vector<absl::string_view> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t nl = text.find('\n', at);
    size_t end = nl == absl::string_view::npos ? text.size() : nl + 1;
    out.push_back(text.substr(at, end - at));
    at = end;
  }
  return out;
}

void AppendLine(char mark, absl::string_view line, std::string* out) {
  out->push_back(mark);
  absl::StrAppend(out, line);
  if (line.empty() || line.back() != '\n') absl::StrAppend(out, "\n\\ No newline at end of file\n");
}

// "start,count" of a hunk's side; an empty side starts one line before.
std::string Range(size_t start, size_t count) {
  if (count == 0) return absl::StrCat(start == 0 ? 0 : start - 1, ",0");
  return count == 1 ? absl::StrCat(start) : absl::StrCat(start, ",", count);
}

}  // namespace

std::string UnifiedDiff(absl::string_view path, absl::string_view before, absl::string_view after) {
  if (before == after) return "";
  std::vector<absl::string_view> a = Lines(before), b = Lines(after);
  // The longest common subsequence of lines, by the classic table over the
  // part between the common head and tail (a fix changes a few lines of a
  // story, so that part is small).
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  const size_t n = a.size() - head - tail, m = b.size() - head - tail;
  std::vector<std::vector<uint32_t>> lcs(n + 1, std::vector<uint32_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  // The edit script: ' ' kept, '-' removed, '+' added, with line numbers.
  struct Op {
    char kind;
    size_t ai, bi;  // 0-based lines of a and b at this step
  };
  std::vector<Op> ops;
  for (size_t k = 0; k < head; ++k) ops.push_back({' ', k, k});
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] == b[head + j]) {
      ops.push_back({' ', head + i, head + j});
      ++i, ++j;
    } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push_back({'-', head + i, head + j});  // removals before additions, as diff(1)
      ++i;
    } else {
      ops.push_back({'+', head + i, head + j});
      ++j;
    }
  }
  for (size_t k = 0; k < tail; ++k) ops.push_back({' ', a.size() - tail + k, b.size() - tail + k});
  // Hunks: changes with three lines of context, merged when their context meets.
  constexpr size_t kContext = 3;
  // Git's a/ and b/ for a relative path (patch -p1); an absolute one as it is (patch -p0).
  std::string out = !path.empty() && path[0] == '/' ? absl::StrCat("--- ", path, "\n+++ ", path, "\n")
                                                    : absl::StrCat("--- a/", path, "\n+++ b/", path, "\n");
  size_t k = 0;
  while (k < ops.size()) {
    while (k < ops.size() && ops[k].kind == ' ') ++k;
    if (k == ops.size()) break;
    size_t first = k >= kContext ? k - kContext : 0;
    size_t last = k;  // one past the hunk's last op
    size_t quiet = 0;
    for (size_t x = k; x < ops.size(); ++x) {
      if (ops[x].kind == ' ') {
        if (++quiet > 2 * kContext) break;
      } else {
        quiet = 0;
        last = x + 1;
      }
    }
    last = std::min(ops.size(), last + kContext);
    size_t a_count = 0, b_count = 0;
    for (size_t x = first; x < last; ++x) {
      a_count += ops[x].kind != '+';
      b_count += ops[x].kind != '-';
    }
    absl::StrAppend(&out, "@@ -", Range(ops[first].ai + 1, a_count), " +", Range(ops[first].bi + 1, b_count),
                    " @@\n");
    for (size_t x = first; x < last; ++x) {
      AppendLine(ops[x].kind, ops[x].kind == '+' ? b[ops[x].bi] : a[ops[x].ai], &out);
    }
    k = last;
  }
  return out;
}

}  // namespace claimcheck
