// The wide-character curses API: one of these defines must be set before curses.h (SwiftPM drops the
// -D flags pkg-config would give). Macros Swift cannot import are re-exported as inline functions.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline attr_t shim_a_bold(void)      { return A_BOLD; }
static inline attr_t shim_a_dim(void)       { return A_DIM; }
static inline attr_t shim_a_reverse(void)   { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_italic(void)    { return A_ITALIC; }
/* Presses, releases and the wheel; no motion reports (REPORT_MOUSE_POSITION floods the input). */
static inline mmask_t shim_button_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t shim_button1_pressed(void)  { return BUTTON1_PRESSED; }
static inline mmask_t shim_button1_clicked(void)  { return BUTTON1_CLICKED; }
static inline mmask_t shim_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t shim_button4_pressed(void)  { return BUTTON4_PRESSED; }
static inline mmask_t shim_button5_pressed(void)  { return BUTTON5_PRESSED; }
