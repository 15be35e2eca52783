"""A repository rule that wraps system libraries as cc_library targets.

Flags come from `pkg-config`, so no link option is listed by hand:

    pkg_config_repository(
        name = "system_libs",
        libraries = {"re2": ["re2"]},   # target name -> pkg-config modules
    )

gives `@system_libs//:re2`. A missing module fails the fetch with the
command to install it (tools/setup.sh).

Libraries named in `static` are linked from their archives (`lib*.a`, with
the private dependencies `pkg-config --static` lists): the binary then loads
a handful of shared libraries instead of forty-odd, which takes about 4 ms
off every run (BENCHMARKS.md), and needs fewer of Debian's libraries where
it runs.
"""

def _flags(ctx, args, modules):
    res = ctx.execute(["pkg-config"] + args + modules)
    if res.return_code != 0:
        fail("pkg-config %s %s failed: %s\nRun tools/setup.sh to install the system libraries." %
             (" ".join(args), " ".join(modules), res.stderr))
    return [f for f in res.stdout.strip().split(" ") if f]

def _pkg_config_repository_impl(ctx):
    if ctx.which("pkg-config") == None:
        fail("pkg-config not found. Run tools/setup.sh to install the build dependencies.")
    out = ['package(default_visibility = ["//visibility:public"])', ""]
    for name, modules in ctx.attr.libraries.items():
        cflags = _flags(ctx, ["--cflags"], modules)
        static = name in ctx.attr.static
        libs = _flags(ctx, ["--libs", "--static"] if static else ["--libs"], modules)
        if static:
            # -L paths and -pthread stay as they are; the -l flags between
            # -Bstatic and -Bdynamic resolve to archives, and the link goes
            # back to shared libraries for what follows (libstdc++, libc).
            libs = ["-Wl,-Bstatic"] + libs + ["-Wl,-Bdynamic"]
        defines = [f[2:] for f in cflags if f.startswith("-D")]
        copts = [f for f in cflags if not f.startswith("-D") and not f.startswith("-I/usr/include")]
        out.append("cc_library(")
        out.append("    name = %r," % name)
        out.append("    defines = %r," % defines)
        out.append("    linkopts = %r," % (copts + libs if "-pthread" in copts else libs))
        out.append(")")
        out.append("")
    ctx.file("WORKSPACE", 'workspace(name = "%s")\n' % ctx.name)
    ctx.file("BUILD", "\n".join(out))

pkg_config_repository = repository_rule(
    implementation = _pkg_config_repository_impl,
    attrs = {
        "libraries": attr.string_list_dict(mandatory = True),
        "static": attr.string_list(),
    },
    environ = ["PKG_CONFIG_PATH"],
    local = True,
)
