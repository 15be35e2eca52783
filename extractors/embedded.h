// Data files compiled into the binary by tools/embed.bzl.
#ifndef CLAIMCHECK_EXTRACTORS_EMBEDDED_H_
#define CLAIMCHECK_EXTRACTORS_EMBEDDED_H_

#include "absl/strings/string_view.h"

namespace claimcheck {

struct EmbeddedFile {
  absl::string_view name;  // path relative to the embedded folder
  absl::string_view data;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_EMBEDDED_H_
