package dev.seamsim.useridentities;

import dev.seamsim.http.Params;
import dev.seamsim.store.Workspace;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The writable fields of a user identity, as /user_identities/create and update and the inline
 * user_identity of /access_grants/create send them. A field not sent stays as it is; null clears it.
 */
public record UserIdentityFields(Present key, Present email, Present phone, Present fullName) {
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{1,14}$");

    /** One optional, nullable field: whether it was sent, and its value. */
    public record Present(boolean sent, String value) {
        String or(String current) {
            return sent ? value : current;
        }
    }

    public static UserIdentityFields read(Params p) {
        Present phone = present(p, "phone_number", p.string("phone_number"));
        if (phone.value() != null && !E164.matcher(phone.value()).matches()) {
            p.problem("phone_number", "Phone number must be in E.164 format, e.g. +15555550100");
        }
        return new UserIdentityFields(present(p, "user_identity_key", p.nonEmptyString("user_identity_key")),
                present(p, "email_address", p.email("email_address")), phone,
                present(p, "full_name", p.nonEmptyString("full_name")));
    }

    private static Present present(Params p, String name, String value) {
        return new Present(p.has(name), value);
    }

    /** A new identity with these fields; call inside a workspace write. */
    public UserIdentity create(Workspace ws) {
        return ws.table(UserIdentity.TABLE).insert(new UserIdentity(ws.newId(), ws.id(), key.value(), email.value(),
                phone.value(), fullName.value(), ws.now(), List.of(), List.of(), List.of()));
    }

    public UserIdentity applyTo(UserIdentity current) {
        return current.with(key.or(current.userIdentityKey()), email.or(current.emailAddress()),
                phone.or(current.phoneNumber()), fullName.or(current.fullName()));
    }
}
