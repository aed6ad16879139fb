#include <mutex>
@@ ### $$ ``` ~~~ }}} ((( ;; \\  int ~ = ;
?? ?? struct { std::mutex m; } <<<>>> "unterminated
class ;;
