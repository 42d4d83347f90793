package dev.seamsim.useridentities;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.seamsim.store.TableDef;

import java.time.Instant;
import java.util.List;

/**
 * A user identity (one of the customer's users), in its wire shape. user_identity_key, email_address and
 * phone_number are each unique within a workspace.
 */
public record UserIdentity(String userIdentityId, String workspaceId, String userIdentityKey, String emailAddress,
                           String phoneNumber, String fullName, Instant createdAt, List<String> acsUserIds,
                           List<Object> errors, List<Object> warnings) {

    public static final TableDef<UserIdentity> TABLE = TableDef.of("user_identity", UserIdentity::userIdentityId)
            .unique("user_identity_key", UserIdentity::userIdentityKey)
            .unique("email_address", UserIdentity::emailAddress)
            .unique("phone_number", UserIdentity::phoneNumber);

    /** The first of full name, email, phone and key that is set, as Seam shows a user. */
    @JsonProperty("display_name")
    public String displayName() {
        for (String candidate : new String[] {fullName, emailAddress, phoneNumber, userIdentityKey}) {
            if (candidate != null && !candidate.isEmpty()) return candidate;
        }
        return "Unnamed user";
    }

    public UserIdentity with(String newKey, String newEmail, String newPhone, String newFullName) {
        return new UserIdentity(userIdentityId, workspaceId, newKey, newEmail, newPhone, newFullName, createdAt,
                acsUserIds, errors, warnings);
    }
}
