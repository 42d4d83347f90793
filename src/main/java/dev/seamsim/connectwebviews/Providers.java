package dev.seamsim.connectwebviews;

import java.util.List;

/** The enums of /connect_webviews/create, from the OpenAPI document. */
final class Providers {
    static final List<String> ACCEPTED_PROVIDERS = List.of("hotek", "dormakaba_community", "legic_connect",
            "akuvox", "august", "avigilon_alta", "brivo", "butterflymx", "schlage", "smartthings", "yale", "genie",
            "doorking", "salto", "salto_ks", "salto_ks_accept", "lockly", "ttlock", "linear", "noiseaware", "nuki",
            "igloo", "kwikset", "minut", "my_2n", "controlbyweb", "nest", "igloohome", "ecobee", "four_suites",
            "dormakaba_oracode", "pti", "wyze", "seam_passport", "visionline", "assa_abloy_credential_service",
            "tedee", "honeywell_resideo", "first_alert", "latch", "akiles", "assa_abloy_vostio",
            "assa_abloy_vostio_credential_service", "tado", "salto_space", "sensi", "keynest", "korelock",
            "keyincode", "dormakaba_ambiance", "ultraloq", "dusaw", "sifely", "thirty_three_lock", "ring", "ical",
            "lodgify", "hostaway", "guesty", "acuity_scheduling", "omnitec", "kisi", "yale_access", "hid_cm",
            "google_nest", "slack");
    static final List<String> CAPABILITIES = List.of("lock", "thermostat", "noise_sensor", "access_control", "camera");
    static final List<String> PROVIDER_CATEGORIES = List.of("stable", "consumer_smartlocks", "beta", "thermostats",
            "noise_sensors", "access_control_systems", "cameras", "connectors", "internal_beta");
    static final List<String> DEVICE_SELECTION_MODES = List.of("none", "single", "multiple");

    private Providers() {}
}
