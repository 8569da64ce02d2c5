// The few poppler-glib (and glib) functions casebook calls, as function-pointer types, and the
// structs they hand back. casebook does not link poppler: it loads libpoppler-glib with dlopen when a
// PDF is opened, so the binary runs (on text files) where poppler is not installed. These are our own
// declarations rather than <poppler.h>: that header needs glib's include folders, which only
// pkg-config knows, and SwiftPM's pkgConfig would also add the -lpoppler-glib this avoids. The
// layouts below are poppler-glib's stable ABI (PopplerRectangle, PopplerTextAttributes, GError, GList).
#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H
#include <stdint.h>

typedef struct { double x1, y1, x2, y2; } CPopplerRectangle;
typedef struct { uint16_t red, green, blue; } CPopplerColor;
typedef struct {
    char *font_name;
    double font_size;
    int is_underlined;
    CPopplerColor color;
    int start_index;
    int end_index;
} CPopplerTextAttributes;
typedef struct { uint32_t domain; int code; char *message; } CPopplerGError;
typedef struct CPopplerGList { void *data; struct CPopplerGList *next; struct CPopplerGList *prev; } CPopplerGList;

// PopplerError codes.
enum { CPOPPLER_ERROR_INVALID = 0, CPOPPLER_ERROR_ENCRYPTED = 1, CPOPPLER_ERROR_DAMAGED = 4 };

typedef void *(*cpoppler_document_new_from_data_f)(char *data, int length, const char *password, CPopplerGError **error);
typedef int (*cpoppler_document_get_n_pages_f)(void *document);
typedef void *(*cpoppler_document_get_page_f)(void *document, int index);
typedef char *(*cpoppler_document_get_title_f)(void *document);
typedef void (*cpoppler_page_get_size_f)(void *page, double *width, double *height);
typedef char *(*cpoppler_page_get_text_f)(void *page);
typedef int (*cpoppler_page_get_text_layout_f)(void *page, CPopplerRectangle **rectangles, unsigned int *count);
typedef CPopplerGList *(*cpoppler_page_get_text_attributes_f)(void *page);
typedef void (*cpoppler_page_free_text_attributes_f)(CPopplerGList *list);
typedef void (*cpoppler_g_object_unref_f)(void *object);
typedef void (*cpoppler_g_free_f)(void *memory);
typedef void (*cpoppler_g_error_free_f)(CPopplerGError *error);

#endif
