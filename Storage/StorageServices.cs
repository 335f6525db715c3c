using Azure.Data.Tables;
using Azure.Storage.Blobs;
using DanVan.Domain.Repositories;

namespace DanVan.Storage;

/// <summary>The repositories over one storage account; the host registers them in DI.</summary>
public sealed class StorageServices
{
    public StorageServices(string connectionString, string tablePrefix)
    {
        Tables = new Tables(new TableServiceClient(connectionString), tablePrefix);
        var roster = new RosterRepository(Tables);
        Roster = roster;
        RosterEditor = roster;
        Submissions = new SubmissionRepository(Tables);
        Conversations = new ConversationRepository(Tables);
        Pings = new PingClaimRepository(Tables);
        Plans = new PlanRepository(Tables);
        Files = new BlobFileStore(new BlobServiceClient(connectionString).GetBlobContainerClient(BlobFileStore.ContainerName(tablePrefix)));
        Health = new StorageHealth(connectionString, tablePrefix);
    }

    public Tables Tables { get; }
    public IRosterRepository Roster { get; }
    public IRosterEditor RosterEditor { get; }
    public ISubmissionRepository Submissions { get; }
    public IConversationRepository Conversations { get; }
    public IPingClaims Pings { get; }
    public IPlanStore Plans { get; }
    public IStorageHealth Health { get; }

    /// <summary>The documents units send (Blob Storage); <see cref="BlobFileStore.Container"/> for tests.</summary>
    public BlobFileStore Files { get; }
}
