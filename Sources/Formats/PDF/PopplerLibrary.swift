import CPoppler
import Foundation

/// poppler-glib, loaded when the first PDF is opened (see Sources/CPoppler/shim.h for why it is not
/// linked): the handful of functions the PDF reader calls.
struct PopplerLibrary: @unchecked Sendable {
    /// The Debian package that provides the library, for the message when it is missing.
    static let package = "libpoppler-glib8"
    static let sonames = ["libpoppler-glib.so.8", "libpoppler-glib.so", "libpoppler-glib.8.dylib", "libpoppler-glib.dylib"]

    let newDocument: cpoppler_document_new_from_data_f
    let pageCount: cpoppler_document_get_n_pages_f
    let page: cpoppler_document_get_page_f
    let title: cpoppler_document_get_title_f
    let pageSize: cpoppler_page_get_size_f
    let pageText: cpoppler_page_get_text_f
    let textLayout: cpoppler_page_get_text_layout_f
    let textAttributes: cpoppler_page_get_text_attributes_f
    let freeTextAttributes: cpoppler_page_free_text_attributes_f
    let unref: cpoppler_g_object_unref_f
    let free: cpoppler_g_free_f
    let freeError: cpoppler_g_error_free_f

    /// The library, or nil when no soname loads or a function is missing; loaded once per process.
    static let shared: PopplerLibrary? = load()
    /// Held while a document is read: poppler sets up its global state on first use without a lock.
    static let lock = NSLock()

    private static func load() -> PopplerLibrary? {
        guard let handle = sonames.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
        // dlsym on the handle also searches the libraries poppler-glib depends on (glib, gobject).
        func symbol<F>(_ name: String, _ type: F.Type) -> F? {
            dlsym(handle, name).map { unsafeBitCast($0, to: type) }
        }
        guard let newDocument = symbol("poppler_document_new_from_data", cpoppler_document_new_from_data_f.self),
              let pageCount = symbol("poppler_document_get_n_pages", cpoppler_document_get_n_pages_f.self),
              let page = symbol("poppler_document_get_page", cpoppler_document_get_page_f.self),
              let title = symbol("poppler_document_get_title", cpoppler_document_get_title_f.self),
              let pageSize = symbol("poppler_page_get_size", cpoppler_page_get_size_f.self),
              let pageText = symbol("poppler_page_get_text", cpoppler_page_get_text_f.self),
              let textLayout = symbol("poppler_page_get_text_layout", cpoppler_page_get_text_layout_f.self),
              let textAttributes = symbol("poppler_page_get_text_attributes", cpoppler_page_get_text_attributes_f.self),
              let freeTextAttributes = symbol("poppler_page_free_text_attributes", cpoppler_page_free_text_attributes_f.self),
              let unref = symbol("g_object_unref", cpoppler_g_object_unref_f.self),
              let free = symbol("g_free", cpoppler_g_free_f.self),
              let freeError = symbol("g_error_free", cpoppler_g_error_free_f.self)
        else { return nil }
        return PopplerLibrary(newDocument: newDocument, pageCount: pageCount, page: page, title: title,
                              pageSize: pageSize, pageText: pageText, textLayout: textLayout,
                              textAttributes: textAttributes, freeTextAttributes: freeTextAttributes,
                              unref: unref, free: free, freeError: freeError)
    }
}
