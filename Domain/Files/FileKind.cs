using System.IO.Compression;

namespace DanVan.Domain.Files;

/// <summary>The kinds of document a unit may send: a signed PDF, a Word file, or a JPG/PNG scan.</summary>
public enum FileKind { Pdf, Docx, Jpeg, Png }

/// <summary>
/// Judges a file by its content (magic bytes), never by the name or the type the client claims: a renamed
/// executable called "ke-hoach.pdf" is not a PDF.
/// </summary>
public static class FileKinds
{
    public static FileKind? Detect(byte[] content)
    {
        ReadOnlySpan<byte> b = content;
        if (b.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return FileKind.Png;
        if (b.StartsWith("PK\u0003\u0004"u8) && IsWordPackage(content)) return FileKind.Docx;
        return null;
    }

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Extension(FileKind kind) => kind switch
    {
        FileKind.Pdf => "pdf",
        FileKind.Docx => "docx",
        FileKind.Jpeg => "jpg",
        FileKind.Png => "png",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A zip is a .docx only if it holds Word's part folder (an .xlsx or a plain zip does not).</summary>
    private static bool IsWordPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
