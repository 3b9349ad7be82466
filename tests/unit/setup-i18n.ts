// Unit tests render and translate like the server does: every language registered.
import "../../app/i18n/register-all-resources";
