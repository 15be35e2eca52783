"""What a workspace needs to build claimcheck, offline, from Debian's packages.

claimcheck's own WORKSPACE calls it; so does a newsroom's workspace that
loads claimcheck as an external repository (testdata/newsroom is one):

    local_repository(name = "claimcheck", path = "/path/to/claimcheck")
    load("@claimcheck//tools:repositories.bzl", "claimcheck_dependencies")
    claimcheck_dependencies()

It declares, unless the workspace already has them, the three stand-ins
Bazel 4 would otherwise download (`rules_cc`, `rules_java`,
`remote_coverage_tools`, from claimcheck's `third_party/`) and
`system_libs`, the Debian libraries found by pkg-config
(`tools/setup.sh` installs them).
"""

load("//third_party/system:pkg_config.bzl", "pkg_config_repository")

# Target name in @system_libs -> pkg-config modules.
SYSTEM_LIBRARIES = {
    "yaml_cpp": ["yaml-cpp"],
    "re2": ["re2"],
    "absl": [
        "absl_strings",
        "absl_str_format",
        "absl_status",
        "absl_statusor",
        "absl_flat_hash_map",
        "absl_flat_hash_set",
        "absl_span",
        "absl_synchronization",
        "absl_time",
    ],
    "gtest": ["gtest", "gmock"],
    "gtest_main": ["gtest_main", "gmock"],
    "benchmark": ["benchmark"],
    "cmark": ["libcmark"],
    "gumbo": ["gumbo"],
}

# Linked from their archives (the test libraries stay shared).
STATIC_LIBRARIES = ["yaml_cpp", "re2", "absl", "cmark", "gumbo"]

def _standin_impl(ctx):
    # third_party/<name> beside third_party/system, wherever claimcheck is.
    src = ctx.path(ctx.attr._marker).dirname.dirname.get_child(ctx.attr.directory)
    if not src.exists:
        fail("claimcheck: no stand-in at %s" % src)
    for child in src.readdir():
        ctx.symlink(child, child.basename)

_standin = repository_rule(
    implementation = _standin_impl,
    attrs = {
        "directory": attr.string(mandatory = True),
        "_marker": attr.label(default = Label("//third_party/system:pkg_config.bzl"), allow_single_file = True),
    },
    local = True,
)

def claimcheck_dependencies():
    """Declares the repositories claimcheck's targets need, unless present."""
    for name in ["rules_cc", "rules_java", "remote_coverage_tools"]:
        if not native.existing_rule(name):
            _standin(name = name, directory = name)
    if not native.existing_rule("system_libs"):
        pkg_config_repository(
            name = "system_libs",
            libraries = SYSTEM_LIBRARIES,
            static = STATIC_LIBRARIES,
        )
