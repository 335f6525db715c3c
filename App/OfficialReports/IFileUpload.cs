namespace DanVan.App.OfficialReports;

/// <summary>Puts a file's bytes to the upload URL Teams handed out after the user allowed it (one PUT with its
/// Content-Range). True when the upload session answered 200/201.</summary>
public interface IFileUpload
{
    Task<bool> PutAsync(Uri uploadUrl, byte[] content, CancellationToken ct);
}
