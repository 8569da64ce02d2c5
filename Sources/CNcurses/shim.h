#ifndef CASEBOOK_CNCURSES_SHIM_H
#define CASEBOOK_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Globals and macros that Swift 6 cannot import or rejects as not concurrency-safe.
static inline WINDOW *cb_stdscr(void) { return stdscr; }
static inline int cb_lines(void) { return LINES; }
static inline int cb_cols(void) { return COLS; }
static inline attr_t cb_a_bold(void) { return A_BOLD; }
static inline attr_t cb_a_reverse(void) { return A_REVERSE; }
static inline attr_t cb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cb_a_dim(void) { return A_DIM; }
static inline attr_t cb_a_normal(void) { return A_NORMAL; }
static inline int cb_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cb_stdin(void) { return stdin; }
static inline FILE *cb_stdout(void) { return stdout; }
static inline int cb_errno(void) { return errno; }
static inline void cb_clear_errno(void) { errno = 0; }
static inline int cb_key_f(int n) { return KEY_F(n); }
static inline mmask_t cb_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cb_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cb_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cb_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cb_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t cb_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cb_button5_pressed(void) { return 0; }
#endif

#endif
