# Warnings and sanitizers applied to every GKML target through gkml_apply_defaults().
function(gkml_apply_defaults target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8 /permissive-)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
        if(GKML_SANITIZE)
            target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                     -fno-sanitize-recover=undefined)
            target_link_options(${target} PRIVATE -fsanitize=address,undefined)
        endif()
        if(GKML_FUZZ)
            # Coverage for libFuzzer in every GKML target (the fuzz executables add -fsanitize=fuzzer
            # at link time); ASan + UBSan so that memory errors and UB stop the fuzzer.
            target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined
                                                     -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
            target_link_options(${target} PRIVATE -fsanitize=address,undefined)
        endif()
    endif()
    # No implicit QString -> QUrl conversions and no narrowing in connect(). (QT_NO_CAST_FROM_ASCII is
    # not set: QStringLiteral/QLatin1String are the house style, but the tree does not enforce it.)
    target_compile_definitions(${target} PRIVATE QT_NO_URL_CAST_FROM_STRING
                                                 QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()
